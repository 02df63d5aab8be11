import ArgumentParser

/// `quotedoc batch`: documents in bulk.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render documents in bulk.",
        subcommands: [BatchConfirmationsCommand.self, BatchStatusCommand.self])
}
