import ArgumentParser

/// `quotedoc connection show NAME`: one connection, its secrets masked.
struct ConnectionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a connection (secrets are shown as ••••).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The connection's name.")
    var name: String

    func run() throws {
        let view = try global.workflow().connection(named: name)
        try output.emit(ConnectionJSON(view)) { ConnectionJSON.text(view) }
    }
}
