import ArgumentParser
import Foundation
import PostgresStore
import QuoteStore
import StorageInterface
import StoreCopy

/// `quotedoc db copy`: a whole database into a new one, between SQLite and PostgreSQL.
struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database into a new one: a SQLite file to a PostgreSQL database, or back.",
        discussion: """
            Every row is copied with its id, in one transaction, the destination's rules on. The destination must be new: \
            a SQLite file that does not exist, or a PostgreSQL database without quotedoc data (its tables are made as by \
            db migrate). The destination recomputes the audit chains from the copied rows; unless each ends in the same \
            hash as the source's, nothing is kept.
            """)

    @Option(help: ArgumentHelp("The database to copy: a SQLite file or a postgres:// URL.", valueName: "path-or-url"))
    var from: String

    @Option(help: ArgumentHelp("The new database: a SQLite file that does not exist or a postgres:// URL.", valueName: "path-or-url"))
    var to: String

    func run() throws {
        let source = try Self.location(from)
        let destination = try Self.location(to)
        let sourceStore: any RowStore & QuoteStorage = switch source {
        case .sqlite(let path): try QuoteDatabase.open(at: path)
        case .postgres(let server): try PostgresQuoteStore.open(server)
        }
        let destinationStore: any RowStore & QuoteStorage
        switch destination {
        case .sqlite(let path):
            guard !FileManager.default.fileExists(atPath: path) else { throw CommandFailure("\(path) exists already; copy into a new file") }
            destinationStore = try QuoteDatabase.create(at: path)
        case .postgres(let server):
            destinationStore = try PostgresQuoteStore.migrate(server).store
        }
        let report: StoreCopy.Report
        do {
            report = try StoreCopy.copy(from: sourceStore, to: destinationStore)
        } catch {
            // A new SQLite file that received nothing is not left behind.
            if case .sqlite(let path) = destination { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            throw error
        }
        let rows = report.rows.reduce(0) { $0 + $1.count }
        print("Copied \(rows) rows of \(report.rows.count) tables from \(source) to \(destination).")
        print("Audit chain heads (the same in both): " + report.heads.filter { $0.lastRowId != nil }.map(\.argument).joined(separator: " "))
    }

    static func location(_ text: String) throws -> DatabaseLocation {
        let environment = ProcessInfo.processInfo.environment
        return try DatabaseLocation(text, environment: environment, passwordFile: environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" })
    }
}
