import ArgumentParser

/// `quotedoc quote`: the quotes of sales, with their versions, alternatives and lines.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Create, list, show, change, recalculate and compare quotes; update their prices; show their history.",
        subcommands: [QuoteNewCommand.self, QuoteListCommand.self, QuoteShowCommand.self, QuoteSetCommand.self, QuoteRecalcCommand.self,
                      QuoteUpdatePricesCommand.self,
                      QuoteHistoryCommand.self, QuoteDiffCommand.self])
}
