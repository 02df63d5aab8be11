import Foundation
import GRDB
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import QuoteModel
import StorageInterface

/// One connection to the PostgreSQL server, used by one transaction at a time.
///
/// The storage interface is synchronous (the workflow calls it inside its own transactions), and
/// postgres-nio answers on its event-loop thread: the calling thread waits for each reply, as it
/// would on a libpq connection. The wait never blocks the event loop or Swift's cooperative pool
/// on anything the pool itself must run, so it cannot deadlock.
final class ServerConnection: @unchecked Sendable {
    private let connection: PostgresConnection
    private let location: PostgresLocation
    private let logger = Logger(label: "quotedoc.postgres")

    private init(connection: PostgresConnection, location: PostgresLocation) {
        self.connection = connection
        self.location = location
    }

    /// Connects to `location` with `schema` on the search path; times are read and written in UTC.
    static func open(_ location: PostgresLocation, schema: String) throws(QuoteError) -> ServerConnection {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: try tls(location))
        configuration.options.connectTimeout = .seconds(10)
        // Session settings travel in the startup message: no round trip of their own. Times are
        // read and written in UTC; a client cut off inside a transaction must not hold the
        // writers' lock for hours, so the server ends a session idle in a transaction this long
        // (quotedoc never is).
        configuration.options.additionalStartupParameters = [
            ("TimeZone", "UTC"), ("idle_in_transaction_session_timeout", "30s"), ("search_path", schema),
        ]
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1,
                logger: Logger(label: "quotedoc.postgres")).wait()
        } catch {
            throw ServerError.translated(error, location: location, connecting: true)
        }
        return ServerConnection(connection: connection, location: location)
    }

    private static func tls(_ location: PostgresLocation) throws(QuoteError) -> PostgresConnection.Configuration.TLS {
        switch location.tls {
        case .disable:
            return .disable
        case .require, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            // `require` encrypts without checking who answers, as libpq's sslmode=require does.
            if location.tls == .require { configuration.certificateVerification = .none }
            do {
                return .require(try NIOSSLContext(configuration: configuration))
            } catch {
                throw QuoteError(.databaseFailure, "cannot set up TLS for \(location): \(error)")
            }
        }
    }

    /// The rows `sql` returns, each as the SQLite store's records read them.
    func rows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws(QuoteError) -> [Row] {
        let result = try run(sql, arguments)
        var rows: [Row] = []
        rows.reserveCapacity(result.rows.count)
        for row in result.rows {
            var values: [String: DatabaseValue] = [:]
            for cell in row {
                do {
                    values[cell.columnName] = try CellValue.databaseValue(cell)
                } catch let error as QuoteError {
                    throw error
                } catch {
                    throw QuoteError(.databaseFailure, "\(error)")
                }
            }
            rows.append(Row(values))
        }
        return rows
    }

    /// The first column of every row `sql` returns.
    func values<Value: DatabaseValueConvertible>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws(QuoteError) -> [Value] {
        try rows(sql, arguments).map { row throws(QuoteError) in
            guard let name = row.columnNames.first, let value = Value.fromDatabaseValue(row[name] as DatabaseValue) else {
                throw QuoteError(.databaseFailure, "the server returned no value of the expected type")
            }
            return value
        }
    }

    /// Runs `sql`; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws(QuoteError) -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    private func run(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws(QuoteError) -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments { bindings.append(databaseValue: argument?.databaseValue ?? .null) }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw ServerError.translated(error, location: location, connecting: false)
        }
    }

    /// True once the server or the network closed the connection: it is not reused.
    var isClosed: Bool { connection.isClosed }

    func close() {
        try? connection.close().wait()
    }
}
