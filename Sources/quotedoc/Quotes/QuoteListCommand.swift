import ArgumentParser
import QuoteModel
import QuoteStore
import StorageInterface

/// `quotedoc quote list`: quotes by number, each with its active version.
struct QuoteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List quotes with the state and total of their active version.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only quotes whose active version is in this state.")
    var state: VersionState?

    func run() throws {
        let quotes = try global.workflow().quotes(state: state)
        try output.emit(quotes) { Self.table(quotes) }
    }

    static func table(_ quotes: [QuoteSummary]) -> String {
        var table = TextTable([
            .left("Number"), .left("Sale"), .left("Company"), .right("Version"), .left("State"), .right("Total"),
            .left("Currency"), .left("Sent"), .left("Expires"),
        ])
        for quote in quotes {
            table.append([
                quote.number, quote.saleNumber, quote.companyName, String(quote.version), quote.state.rawValue,
                quote.totalPrice.text { $0.amount(in: quote.currency) }, quote.currency.code,
                quote.sentDate?.description ?? "", quote.expirationDate?.description ?? "",
            ])
        }
        return table.rendered()
    }
}
