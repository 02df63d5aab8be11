import ArgumentParser

/// `quotedoc connection restore NAME`: brings a removed connection back.
struct ConnectionRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring a removed connection back.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The connection's name.")
    var name: String

    func run() throws {
        let view = try global.workflow().restoreConnection(name: name)
        print("Restored connection \(view.connection.name).")
    }
}
