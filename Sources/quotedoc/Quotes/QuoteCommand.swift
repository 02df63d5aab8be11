import ArgumentParser

/// `quotedoc quote`: the quotes of sales, with their versions, alternatives and lines.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Create, list, show, recalculate and compare quotes; show their history.",
        subcommands: [QuoteNewCommand.self, QuoteListCommand.self, QuoteShowCommand.self, QuoteRecalcCommand.self,
                      QuoteHistoryCommand.self, QuoteDiffCommand.self])
}
