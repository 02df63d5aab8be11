import ArgumentParser
import Foundation
import NorthwindDemo
import QuoteStore

/// `quotedoc init`: creates the database, optionally with the Northwind demo data.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new quotedoc database (an existing one is kept as it is).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Load the Northwind demo data into it.")
    var demo = false

    func run() throws {
        let path = global.path
        let existed = FileManager.default.fileExists(atPath: path)
        let database = try QuoteDatabase.create(at: path)
        print(existed ? "Database \(path) exists already; nothing was overwritten." : "Created database \(path).")
        if demo {
            print(NorthwindReportText.describe(try NorthwindImport.run(into: database)))
        }
    }
}
