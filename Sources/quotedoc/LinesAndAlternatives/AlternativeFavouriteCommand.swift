import ArgumentParser
import QuoteStore

/// `quotedoc alternative favourite`: the alternative the customer will likely take; its total
/// becomes the sale's amount.
struct AlternativeFavouriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "favourite", abstract: "Make an alternative the favourite of a quote; its total becomes the sale amount.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The alternative to make the favourite.")
    var name: String

    func run() throws {
        let (detail, _) = try global.edit(quote: quote, ifRevision: revision.expected) { version, _ in
            try version.setFavourite(version.alternativeIndex(named: name))
        }
        let amount = detail.sale.amount.amount(in: detail.sale.currency)
        try output.emitEdit(
            detail, "Alternative '\(name)' is now the favourite of quote \(quote); sale \(detail.sale.number) is at \(amount) \(detail.sale.currency).",
            alternatives: [name])
    }
}
