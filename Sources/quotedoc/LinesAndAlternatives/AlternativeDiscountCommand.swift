import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc alternative discount`: a discount on a whole alternative, on top of the line
/// discounts.
struct AlternativeDiscountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discount",
        abstract: "Set the discount on a whole alternative of a quote, as a percentage or an amount.",
        discussion: """
            The one given is kept as it is when lines change; the other follows from the alternative's sub total. \
            Refused when the settings turn the discount on total value off (`quotedoc settings set --alternative-discount off`).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The alternative.")
    var name: String

    @Option(help: ArgumentHelp("The discount as a percentage of the alternative's sub total.", valueName: "decimal"))
    var percent: ExactDecimal?

    @Option(help: ArgumentHelp("The discount as an amount.", valueName: "decimal"))
    var amount: ExactDecimal?

    func validate() throws {
        if (percent == nil) == (amount == nil) { throw ValidationError("give exactly one of --percent and --amount") }
        try refuseNegative(["--percent": percent, "--amount": amount])
    }

    func run() throws {
        let (detail, _) = try global.edit(quote: quote, ifRevision: revision.expected) { version, context in
            let discount: AlternativeDiscount = percent.map { .percent($0) } ?? .amount(amount!)
            try version.setDiscount(discount, ofAlternative: try version.alternativeIndex(named: name), settings: context.settings)
        }
        let discount = percent.map { "\($0) %" } ?? "\(amount!) \(detail.sale.currency)"
        try output.emitEdit(detail, "Set the discount of alternative '\(name)' on quote \(quote) to \(discount).", alternatives: [name])
    }
}
