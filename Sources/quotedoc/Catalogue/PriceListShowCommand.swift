import ArgumentParser
import QuoteModel

/// `quotedoc pricelist show NAME`: one price list with its products.
struct PriceListShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one price list and its products.")

    /// A price list with its products, as `--json` prints it.
    struct PriceListWithProducts: Encodable {
        var priceList: PriceList
        var products: [Product]
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The price list name.")
    var name: String

    func run() throws {
        let workflow = try global.workflow()
        let list = try workflow.priceList(named: name)
        let shown = PriceListWithProducts(priceList: list, products: try workflow.products(priceListName: list.name))
        try output.emit(shown) { Self.text(shown) }
    }

    /// When `list` is valid: `always`, or its first and last day (`…` for an open end).
    static func validity(_ list: PriceList) -> String {
        list.validFrom == nil && list.validTo == nil ? "always" : "\(list.validFrom?.description ?? "…") to \(list.validTo?.description ?? "…")"
    }

    static func text(_ shown: PriceListWithProducts) -> String {
        let list = shown.priceList
        let header = "Price list \(list.name)\n" + fieldList([
            ("Description", list.description),
            ("Currency", list.currency.code),
            ("Valid", validity(list)),
            ("Active", list.isActive ? "yes" : "no"),
            ("ERP copy", yes(list.isERPCopy)),
            ("Products", String(shown.products.count)),
        ])
        guard !shown.products.isEmpty else { return header }
        return header + "\n\n" + ProductListCommand.table(shown.products, priceLists: [list.id!: list])
    }
}
