import ArgumentParser
import Foundation
import NorthwindDemo

/// `quotedoc init`: creates the database, optionally with the Northwind demo data.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new quotedoc database (an existing one is kept as it is).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Load the Northwind demo data into it.")
    var demo = false

    func run() throws {
        let location = try global.location
        let (storage, created) = try global.createStorage()
        print(created ? "Created database \(location)." : "Database \(location) exists already; nothing was overwritten.")
        if demo {
            print(NorthwindReportText.describe(try NorthwindImport.run(into: storage)))
        }
    }
}
