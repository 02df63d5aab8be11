import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// The options every command takes: where the database is.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "The quotedoc database file (default: $QUOTEDOC_DATABASE, else ./quotedoc.sqlite).",
            valueName: "path"))
    var databasePath: String?

    /// The path given with `--database`, else `$QUOTEDOC_DATABASE`, else `./quotedoc.sqlite`.
    var path: String {
        if let databasePath { return databasePath }
        if let fromEnvironment = ProcessInfo.processInfo.environment["QUOTEDOC_DATABASE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "./quotedoc.sqlite"
    }

    /// Opens the existing database; a missing, foreign, damaged or newer file is refused.
    func openDatabase() throws(QuoteError) -> QuoteDatabase {
        try QuoteDatabase.open(at: path)
    }

    /// The use cases, on the existing database, with the installed connectors; connection
    /// secrets may be read from this process's environment.
    func workflow() throws(QuoteError) -> QuoteWorkflow {
        QuoteWorkflow(storage: try openDatabase(), connectors: InstalledConnectors.registry, environment: ProcessInfo.processInfo.environment)
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
