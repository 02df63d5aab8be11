import ArgumentParser
import QuoteStore

/// `quotedoc quote new`: the quote of an open sale, as a draft with one empty alternative.
struct QuoteNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create the quote of an open sale.",
        discussion: "Version 1 starts as a draft with one empty alternative, delivered to the company's address.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The sale to quote.", valueName: "number"))
    var sale: String

    @Option(help: ArgumentHelp("The quote number (default: the sale number).", valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp("The name of the first alternative.", valueName: "name"))
    var alternative = "Standard"

    @Option(help: ArgumentHelp("The ERP connection the quote is priced through (see `quotedoc connection list`).", valueName: "name"))
    var connection = "Standalone"

    func validate() throws {
        if number?.isEmpty == true { throw ValidationError("--number must not be empty") }
        if alternative.isEmpty { throw ValidationError("--alternative must not be empty") }
    }

    func run() throws {
        let detail = try global.workflow().createQuote(saleNumber: sale, quoteNumber: number, alternativeName: alternative, connectionName: connection, acting: ActorOptions.acting(user: ActorOptions.environmentUser))
        try output.emit(QuoteJSON(detail)) { "Created quote \(detail.quote.number) on sale \(sale).\n\n" + (try QuoteRenderer.render(detail)) }
    }
}
