import ArgumentParser
import QuoteConnectors
import QuoteModel
import QuoteStore

/// `quotedoc product list`: products by price list and code, optionally filtered; or the
/// products an ERP connection's connector finds.
struct ProductListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List products.",
        discussion: "With --connection, the products of that connection's ERP whose code or name contains --search.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only the products of this price list.", valueName: "name"))
    var pricelist: String?

    @Option(help: ArgumentHelp("Only products whose code or name contains this text.", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("Search the products of this ERP connection instead of the price lists.", valueName: "name"))
    var connection: String?

    @Option(help: ArgumentHelp("At most this many products from a connection.", valueName: "n"))
    var limit = 100

    func validate() throws {
        if connection != nil && pricelist != nil { throw ValidationError("--pricelist and --connection cannot be combined: a connection's ERP has its own prices") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        if let connection {
            let products = try await global.workflow().searchProducts(connectionName: connection, matching: search ?? "", limit: limit)
            try output.emit(products) { products.isEmpty ? "No product of connection \(connection) matches." : Self.table(products) }
            return
        }
        let workflow = try global.workflow()
        let products = try workflow.products(priceListName: pricelist, containing: search)
        let lists = try workflow.priceLists().map(\.priceList)
        try output.emit(products) {
            Self.table(products, priceLists: Dictionary(uniqueKeysWithValues: lists.map { ($0.id!, $0) }))
        }
    }

    /// An ERP's products as a table; columns the connector does not provide stay empty.
    static func table(_ products: [ConnectorProduct]) -> String {
        var table = TextTable([.left("Code"), .left("Name"), .left("Unit"), .right("List price"), .right("Cost"), .right("VAT %"), .right("Stock"), .left("Category"), .left("Sold")])
        for product in products {
            table.append([
                product.code, product.name, product.unit, product.unitListPrice.description, product.unitCost?.description ?? "",
                product.vatPercent?.percentText ?? "", product.stock?.description ?? "", product.category, yes(product.isActive),
            ])
        }
        return table.rendered()
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
