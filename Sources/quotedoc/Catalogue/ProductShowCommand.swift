import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc product show CODE`: every field of one product.
struct ProductShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one product.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The product code.")
    var code: String

    @Option(help: ArgumentHelp("The price list to look in (needed when several have the code).", valueName: "name"))
    var pricelist: String?

    func run() throws {
        let (product, priceList) = try global.workflow().product(code: code, priceListName: pricelist)
        try output.emit(product) { Self.text(product, in: priceList) }
    }

    static func text(_ product: Product, in list: PriceList) -> String {
        let currency = list.currency
        func price(_ value: ExactDecimal?) -> String {
            value.text { "\($0.unitPrice(in: currency)) \(currency.code)" }
        }
        let extraFields = product.extraFields.values.enumerated()
            .map { (label: "Extra field \($0.offset + 1)", value: $0.element) }
        return "Product \(product.code): \(product.name)\n" + fieldList([
            ("Price list", list.name),
            ("Description", product.description),
            ("Item number", product.itemNumber),
            ("Quantity unit", product.quantityUnit),
            ("Price unit", product.priceUnit),
            ("List price", price(product.unitListPrice)),
            ("Cost", price(product.unitCost)),
            ("Minimum price", price(product.unitMinimumPrice)),
            ("VAT", "\(product.vatPercent.percentText) %" + (product.vatInfo.isEmpty ? "" : " (\(product.vatInfo))")),
            ("Stock", product.stock?.description ?? ""),
            ("In assortment", product.inAssortment ? "yes" : "no (discontinued)"),
            ("Subscription", product.isSubscription
                ? "yes" + product.defaultSubscriptionQuantity.text { ", \($0) \(product.subscriptionUnit)" } : ""),
            ("Category", product.productCategory),
            ("Family", product.productFamily),
            ("Type", product.productType),
            ("Supplier", product.supplier),
            ("Supplier code", product.supplierCode),
            ("URL", product.url),
            ("Image", product.image.map { "\($0.mediaType), \($0.bytes.count) bytes" } ?? ""),
        ] + extraFields)
    }
}
