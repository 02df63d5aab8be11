import ArgumentParser

/// `quotedoc connection remove NAME`: a soft delete; its quotes stay readable.
struct ConnectionRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a connection: its quotes stay readable and renderable, no new quote can use it.",
        discussion: "`connection restore NAME` brings it back.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The connection's name.")
    var name: String

    func run() throws {
        let view = try global.workflow().removeConnection(name: name)
        print("Removed connection \(view.connection.name); `quotedoc connection restore \(view.connection.name)` brings it back.")
    }
}
