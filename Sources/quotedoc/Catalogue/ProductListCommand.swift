import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc product list`: products by price list and code, optionally filtered.
struct ProductListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List products.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only the products of this price list.", valueName: "name"))
    var pricelist: String?

    @Option(help: ArgumentHelp("Only products whose code or name contains this text.", valueName: "text"))
    var search: String?

    func run() throws {
        let database = try global.openDatabase()
        let list = try pricelist.map { name throws(QuoteError) in try database.priceList(named: name) }
        let products = try database.products(in: list, matching: search)
        let lists = try database.priceLists().map(\.priceList)
        try output.emit(products) {
            Self.table(products, priceLists: Dictionary(uniqueKeysWithValues: lists.map { ($0.id!, $0) }))
        }
    }

    /// Products as a table, prices in their list's currency; the price list column is shown
    /// when the products come from more than one list.
    static func table(_ products: [Product], priceLists: [Int64: PriceList]) -> String {
        let showsList = Set(products.map(\.priceListId)).count > 1
        var columns: [TextTable.Column] = showsList ? [.left("Price list")] : []
        columns += [
            .left("Code"), .left("Name"), .left("Unit"), .right("List price"), .left("Currency"), .right("VAT %"),
            .right("Stock"), .left("Category"), .left("Discontinued"),
        ]
        var table = TextTable(columns)
        for product in products {
            let list = priceLists[product.priceListId]
            table.append((showsList ? [list?.name ?? ""] : []) + [
                product.code, product.name, product.quantityUnit,
                list.map { product.unitListPrice.unitPrice(in: $0.currency) } ?? product.unitListPrice.description,
                list?.currency.code ?? "", product.vatPercent.percentText, product.stock?.description ?? "",
                product.productCategory, yes(!product.inAssortment),
            ])
        }
        return table.rendered()
    }
}
