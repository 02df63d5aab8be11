import ArgumentParser

/// `quotedoc connection edit NAME [--set KEY=VALUE…] [--description T]`: saved once the test passes.
struct ConnectionEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a connection's settings or description; saved only after its test passes.",
        discussion: "KEY= (nothing after =) removes a value, so the field's default applies.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The connection's name.")
    var name: String

    @Option(help: ArgumentHelp("A configuration value, KEY=VALUE; repeat for each field.", valueName: "key=value"))
    var set: [String] = []

    @Option(help: ArgumentHelp("What the connection is for.", valueName: "text"))
    var description: String?

    func validate() throws {
        if set.isEmpty && description == nil { throw ValidationError("give --set KEY=VALUE or --description to change") }
    }

    func run() async throws {
        let (view, test) = try await global.workflow().editConnection(name: name, description: description, assignments: set)
        try output.emit(ConnectionJSON(view)) { "Test passed: \(test)\nSaved connection \(view.connection.name).\n\n" + ConnectionJSON.text(view) }
    }
}
