import ArgumentParser
import Foundation
import NorthwindDemo
import QuoteStore

/// `quotedoc bench generate`: a deterministic synthetic database for the batch benchmark.
struct BenchGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Create a database with the Northwind demo plus N synthetic ordered quotes (2 alternatives × 25 lines).")

    @Option(help: "How many ordered quotes to add.")
    var quotes: Int

    @Option(help: ArgumentHelp("The database to create (must not exist).", valueName: "path"))
    var database: String

    func validate() throws {
        if quotes < 1 { throw ValidationError("--quotes is at least 1") }
    }

    func run() throws {
        guard !FileManager.default.fileExists(atPath: database) else {
            throw CommandFailure("\(database) exists already; give a new file")
        }
        let store = try QuoteDatabase.create(at: database)
        try NorthwindImport.run(into: store)
        try SyntheticOrders.generate(count: quotes, into: store) { done in
            if done % 10_000 == 0 || done == quotes { FileHandle.standardError.write(Data("generated \(done)/\(quotes)\n".utf8)) }
        }
        print("Created \(database): the Northwind demo plus \(quotes) ordered quotes (S000001 …), 2 alternatives × 25 lines each.")
    }
}
