import ArgumentParser
import Foundation
import NorthwindDemo
import StorageInterface

/// `quotedoc bench generate`: a deterministic synthetic database for the batch benchmark.
struct BenchGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Create a database with the Northwind demo plus N synthetic ordered quotes (2 alternatives × 25 lines).")

    @Option(help: "How many ordered quotes to add.")
    var quotes: Int

    @Option(help: ArgumentHelp("The database to create: a SQLite file that must not exist, or a postgres:// URL of an empty database.", valueName: "path-or-url"))
    var database: String

    func validate() throws {
        if quotes < 1 { throw ValidationError("--quotes is at least 1") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let location = try DatabaseLocation(database, environment: environment, passwordFile: environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" })
        if case .sqlite(let path) = location, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(database) exists already; give a new file")
        }
        let (store, created) = try GlobalOptions.createStorage(at: location)
        guard created else { throw CommandFailure("\(location) holds a quotedoc database already; give an empty one") }
        try NorthwindImport.run(into: store)
        try SyntheticOrders.generate(count: quotes, into: store) { done in
            if done % 10_000 == 0 || done == quotes { FileHandle.standardError.write(Data("generated \(done)/\(quotes)\n".utf8)) }
        }
        print("Created \(location): the Northwind demo plus \(quotes) ordered quotes (S000001 …), 2 alternatives × 25 lines each.")
    }
}
