import Foundation
import NIOCore
import PostgresNIO
import QuoteModel
import StorageInterface

/// PostgreSQL's errors as quotedoc's, in the words the SQLite store uses for the same refusal.
/// The server's location is shown without its password, and no message quotes a statement's
/// parameters.
enum ServerError {
    static func translated(_ error: any Error, location: PostgresLocation, connecting: Bool) -> QuoteError {
        if let error = error as? QuoteError { return error }
        guard let error = error as? PSQLError else {
            return QuoteError(.databaseFailure, "cannot reach PostgreSQL at \(location.host):\(location.port): \(describe(error))")
        }
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? ""
        let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
        switch error.code {
        case .server:
            break
        case .authMechanismRequiresPassword:
            return QuoteError(.databaseFailure, "PostgreSQL at \(location.host):\(location.port) asks user \(location.user) for a password: put it in the URL, PGPASSWORD or ~/.pgpass")
        case .sslUnsupported:
            return QuoteError(.databaseFailure, "PostgreSQL at \(location.host):\(location.port) does not offer TLS; use sslmode=disable only on a trusted network")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return QuoteError(.databaseFailure, "the connection to PostgreSQL at \(location.host):\(location.port) was closed; nothing of the interrupted change was kept", remedy: .retry)
        default:
            let underlying = error.underlying.map(describe) ?? "\(error.code)"
            return QuoteError(.databaseFailure, "cannot reach PostgreSQL at \(location.host):\(location.port): \(underlying)")
        }
        switch state {
        case "28P01", "28000":
            return QuoteError(.databaseFailure, "PostgreSQL at \(location.host):\(location.port) refused user \(location.user): wrong password, or no access to database \(location.database)")
        case "3D000":
            return QuoteError(.databaseMissing, "PostgreSQL at \(location.host):\(location.port) has no database \(location.database); create it (see the README: A team on one server)", value: location.database)
        case "23505":
            return QuoteError(.duplicate, "an entry with the same value exists already\(detail)")
        case "23503":
            return QuoteError(.invalid, "the change refers to something that does not exist, or something else still refers to it")
        case "23514", "23502", "22P02", "22003", "22007", "22008":
            return QuoteError(.invalid, "the database refused a value: \(message)")
        case "P0001":
            // Raised by quotedoc's own triggers: the message is the rule.
            return QuoteError(.invalid, message)
        case "40001", "40P01":
            return QuoteError(.databaseFailure, "another change to the same quotes ran at the same time; nothing was changed", remedy: .retry)
        case "53300":
            return QuoteError(.databaseFailure, "PostgreSQL at \(location.host):\(location.port) has too many connections; try again", remedy: .retry)
        default:
            return QuoteError(.databaseFailure, "PostgreSQL at \(location.host):\(location.port): \(message) [\(state)]")
        }
    }

    /// A network error in a sentence (NIO's descriptions name the socket call).
    private static func describe(_ error: any Error) -> String {
        if let error = error as? IOError { return error.description }
        if let error = error as? NIOConnectionError { return "\(error.dnsAAAAError.map { "\($0)" } ?? "")\(error.connectionErrors.first.map { "\($0.error)" } ?? "connection refused")" }
        return String(describing: error)
    }
}
