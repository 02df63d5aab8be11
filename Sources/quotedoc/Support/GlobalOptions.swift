import ArgumentParser
import Foundation
import QuoteModel
import PostgresStore
import QuoteStore
import StorageInterface
import QuoteWorkflow

/// The options every command takes: where the database is.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "The quotedoc database: a SQLite file, or postgres://USER@HOST:PORT/DATABASE[?sslmode=disable|require|verify-full] (default: $QUOTEDOC_DATABASE, else ./quotedoc.sqlite).",
            valueName: "path-or-url"))
    var databasePath: String?

    /// The path given with `--database`, else `$QUOTEDOC_DATABASE`, else `./quotedoc.sqlite`.
    var path: String {
        if let databasePath { return databasePath }
        if let fromEnvironment = ProcessInfo.processInfo.environment["QUOTEDOC_DATABASE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "./quotedoc.sqlite"
    }

    /// Where the database is: a SQLite file or a PostgreSQL server (its password from the URL,
    /// `PGPASSWORD` or `~/.pgpass`, never shown).
    var location: DatabaseLocation {
        get throws(QuoteError) {
            let environment = ProcessInfo.processInfo.environment
            let home = environment["HOME"].map { $0 + "/.pgpass" }
            return try DatabaseLocation(path, environment: environment, passwordFile: environment["PGPASSFILE"] ?? home)
        }
    }

    /// Opens the existing database, SQLite or PostgreSQL.
    func openStorage() throws(QuoteError) -> any QuoteStorage {
        switch try location {
        case .sqlite(let path): try QuoteDatabase.open(at: path)
        case .postgres(let server): try PostgresQuoteStore.open(server)
        }
    }

    /// Opens the database, creating it first when there is none: a new SQLite file, or quotedoc's
    /// tables in an empty PostgreSQL database (which `db migrate` also brings up to date).
    /// `created` tells whether it was new.
    func createStorage() throws(QuoteError) -> (storage: any QuoteStorage, created: Bool) {
        try Self.createStorage(at: location)
    }

    static func createStorage(at location: DatabaseLocation) throws(QuoteError) -> (storage: any QuoteStorage, created: Bool) {
        switch location {
        case .sqlite(let path):
            let existed = FileManager.default.fileExists(atPath: path)
            return (try QuoteDatabase.create(at: path), !existed)
        case .postgres(let server):
            let migrated = try PostgresQuoteStore.migrate(server)
            return (migrated.store, migrated.created)
        }
    }

    /// The use cases, on the existing database, with the installed connectors; connection
    /// secrets may be read from this process's environment.
    func workflow() throws(QuoteError) -> QuoteWorkflow {
        QuoteWorkflow(storage: try openStorage(), connectors: InstalledConnectors.registry, environment: ProcessInfo.processInfo.environment)
    }
}

/// The `--json` flag of the commands that show or list something.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (amounts as exact decimal strings) instead of text.")
    var json = false

    /// Prints `value` as JSON with `--json`, else the text that `text` makes.
    func emit<Value: Encodable>(_ value: Value, text: () throws -> String) throws {
        print(json ? try JSONOutput.encoded(value) : try text())
    }
}
