import ArgumentParser
import QuoteModel

/// `quotedoc saletype list`: every sale type with its quote rules.
struct SaleTypeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sale types by name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let saleTypes = try global.workflow().saleTypes()
        try output.emit(saleTypes) { Self.table(saleTypes) }
    }

    static func table(_ saleTypes: [SaleType]) -> String {
        var table = TextTable([
            .left("Name"), .right("Valid days"), .left("Alternatives"), .right("Max discount %"), .right("Min earning %"),
            .left("Proposal template"), .left("Confirmation template"), .left("Culture"), .left("Confirmation profile"),
        ])
        for saleType in saleTypes {
            table.append([
                saleType.name, "\(saleType.quoteValidityDays)", saleType.allowsAlternatives ? "yes" : "no",
                saleType.maxDiscountPercent?.description ?? "", saleType.minEarningPercent?.description ?? "",
                saleType.quoteTemplate, saleType.confirmationTemplate, saleType.defaultCulture ?? "", saleType.confirmationProfile.rawValue,
            ])
        }
        return table.rendered()
    }
}
