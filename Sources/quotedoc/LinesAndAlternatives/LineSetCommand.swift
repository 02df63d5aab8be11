import ArgumentParser
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc line set`: changes the given fields of a line and nothing else.
struct LineSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a line of a quote.",
        discussion: """
            Only the fields given change. A price field (--discount-percent, --discount-amount, \
            --total, --earning-percent, --earning-amount; at most one) becomes the line's master with \
            that value; changing quantity, list price or cost keeps the current master's value and \
            reprices the rest. A field the field configuration makes read-only (`quotedoc fields \
            list`) cannot be changed.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var selection: LineSelection

    @Option(help: ArgumentHelp("How many units.", valueName: "decimal"))
    var quantity: ExactDecimal?
    @Option(help: ArgumentHelp("The price of one unit before any discount.", valueName: "decimal"))
    var listPrice: ExactDecimal?
    @Option(help: ArgumentHelp("The cost of one unit.", valueName: "decimal"))
    var cost: ExactDecimal?
    @Option(help: ArgumentHelp("The lowest price one unit may be sold for.", valueName: "decimal"))
    var minimumPrice: ExactDecimal?
    @Option(help: ArgumentHelp("VAT as a percentage.", valueName: "decimal"))
    var vat: ExactDecimal?
    @Option(help: ArgumentHelp("The line's name.", valueName: "text"))
    var name: String?
    @Option(help: ArgumentHelp("The line's description.", valueName: "text"))
    var description: String?

    @OptionGroup(title: "Price fields") var master: LineMasterOptions

    func validate() throws {
        let decimals = [quantity, listPrice, cost, minimumPrice, vat]
        if decimals.allSatisfy({ $0 == nil }), name == nil, description == nil, master.given == nil {
            throw ValidationError("nothing to change: give at least one field option (see --help)")
        }
        if name?.isEmpty == true { throw ValidationError("--name must not be empty") }
        try refuseNegative([
            "--quantity": quantity, "--list-price": listPrice, "--cost": cost, "--minimum-price": minimumPrice, "--vat": vat,
        ])
    }

    func run() throws {
        let edited = try global.workflow().editLine(
            quoteNumber: selection.quote, acting: ActorOptions.acting(user: ActorOptions.environmentUser), locate: selection.indexes(in:)
        ) { line in
            if let quantity { line.quantity = quantity }
            if let listPrice { line.unitListPrice = listPrice }
            if let cost { line.unitCost = cost }
            if let minimumPrice { line.unitMinimumPrice = minimumPrice }
            if let vat { line.vatPercent = vat }
            if let name { line.name = name }
            if let description { line.description = description }
            master.apply(to: &line)
        }
        let detail = edited.detail
        let figures = detail.line(rank: selection.rank, of: edited.alternative).map { ": " + QuoteRenderer.lineFigures($0, in: detail.sale.currency) } ?? ""
        try output.emitEdit(
            detail, "Changed line \(selection.rank) (\(edited.line.label)) of alternative '\(edited.alternative)' of quote \(selection.quote)\(figures).",
            alternatives: [edited.alternative])
    }
}
