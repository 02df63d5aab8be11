import ArgumentParser
import QuoteConnectors

/// `quotedoc connector list`: the connectors installed, what each can do and how it is set up.
struct ConnectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connector",
        abstract: "The connectors installed: what each can do and its configuration fields.",
        subcommands: [ConnectorListCommand.self],
        defaultSubcommand: ConnectorListCommand.self)
}
