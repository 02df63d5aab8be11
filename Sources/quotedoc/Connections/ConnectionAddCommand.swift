import ArgumentParser

/// `quotedoc connection add NAME --connector C --set KEY=VALUE…`: saved once its test passes.
struct ConnectionAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an ERP connection; it is saved only after its test reaches the ERP.",
        discussion: "`quotedoc connector list` shows each connector's fields and their types.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The connection's name; quotes refer to it, so it never changes.")
    var name: String

    @Option(help: ArgumentHelp("The connector (see `quotedoc connector list`).", valueName: "name"))
    var connector: String

    @Option(help: ArgumentHelp("A configuration value, KEY=VALUE; repeat for each field.", valueName: "key=value"))
    var set: [String] = []

    @Option(help: ArgumentHelp("What the connection is for.", valueName: "text"))
    var description = ""

    func run() async throws {
        let (view, test) = try await global.workflow().addConnection(name: name, connectorName: connector, description: description, assignments: set)
        try output.emit(ConnectionJSON(view)) { "Test passed: \(test)\nAdded connection \(view.connection.name).\n\n" + ConnectionJSON.text(view) }
    }
}
