import ArgumentParser

/// `quotedoc quote`: the quotes of sales, with their versions, alternatives and lines.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Create, list, show and recalculate quotes.",
        subcommands: [QuoteNewCommand.self, QuoteListCommand.self, QuoteShowCommand.self, QuoteRecalcCommand.self])
}
