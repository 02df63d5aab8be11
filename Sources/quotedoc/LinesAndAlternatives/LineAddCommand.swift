import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc line add`: a line copied from a product, or a free-text line with its own price.
struct LineAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a line to an alternative of a quote.",
        discussion: """
            Give --product to copy a product onto the line, or --name and --price for a free-text \
            line. On a quote made on an ERP connection, the product comes from the ERP: its name, \
            unit, prices and VAT as the connector provides them. At most one of the price fields may be given; it becomes the line's master and \
            keeps its value when quantity, list price or cost change.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: ArgumentHelp("The product code to copy onto the line.", valueName: "code"))
    var product: String?
    @Option(help: ArgumentHelp("The price list of --product (needed when several have the code).", valueName: "name"))
    var pricelist: String?
    @Option(help: ArgumentHelp("The name of a free-text line.", valueName: "text"))
    var name: String?
    @Option(help: ArgumentHelp("The unit list price of a free-text line.", valueName: "decimal"))
    var price: ExactDecimal?
    @Option(help: ArgumentHelp("How many units.", valueName: "decimal"))
    var quantity: ExactDecimal
    @Option(help: ArgumentHelp("The alternative to add to (default: the favourite).", valueName: "name"))
    var alternative: String?

    @OptionGroup(title: "Price fields") var master: LineMasterOptions

    @Option(help: ArgumentHelp("VAT as a percentage (default: the product's, else 0).", valueName: "decimal"))
    var vat: ExactDecimal?
    @Option(help: ArgumentHelp("The cost of one unit (default: the product's).", valueName: "decimal"))
    var cost: ExactDecimal?
    @Option(help: ArgumentHelp("The line's description (default: the product's).", valueName: "text"))
    var description: String?

    func validate() throws {
        if product != nil {
            if name != nil || price != nil { throw ValidationError("give either --product or --name and --price, not both") }
        } else {
            if pricelist != nil { throw ValidationError("--pricelist needs --product") }
            if name == nil || price == nil { throw ValidationError("give --product, or --name and --price for a free-text line") }
            if name?.isEmpty == true { throw ValidationError("--name must not be empty") }
        }
        try refuseNegative(["--price": price, "--quantity": quantity, "--vat": vat, "--cost": cost])
    }

    func run() async throws {
        let workflow = try global.workflow()
        var line: QuoteLine
        if let product {
            line = try await workflow.productLine(quoteNumber: quote, code: product, priceListName: pricelist, quantity: quantity, today: .today)
        } else {
            line = QuoteLine(alternativeId: 0, rank: 0, name: name!, unitListPrice: price!, quantity: quantity)
        }
        if let vat { line.vatPercent = vat }
        if let cost { line.unitCost = cost }
        if let description { line.description = description }
        master.apply(to: &line)
        let (detail, added) = try global.edit(quote: quote, ifRevision: revision.expected) { version, _ in
            let index = try version.alternativeIndex(alternative)
            version.appendLine(line, to: index)
            return (alternative: version.alternatives[index].alternative.name, rank: version.alternatives[index].lines.count)
        }
        let figures = detail.line(rank: added.rank, of: added.alternative).map { ": " + QuoteRenderer.lineFigures($0, in: detail.sale.currency) } ?? ""
        try output.emitEdit(
            detail, "Added line \(added.rank) (\(line.label)) to alternative '\(added.alternative)' of quote \(quote)\(figures).",
            alternatives: [added.alternative])
    }
}
