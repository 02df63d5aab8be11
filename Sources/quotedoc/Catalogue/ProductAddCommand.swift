import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc product add`: a product in a price list, every field settable.
struct ProductAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a product to a price list.",
        discussion: """
            Prices, VAT, cost, stock and quantities are exact decimals in plain notation (9.80), never rounded. \
            Fields the field configuration makes mandatory (`quotedoc fields list`) must be given: at a \
            terminal, the ones missing are asked for; otherwise the product is refused, naming them all.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The price list to add it to.", valueName: "name"))
    var pricelist: String
    @Option(help: "Product code or article number, unique within the price list.")
    var code: String
    @Option(help: "The product name.")
    var name: String
    @Option(help: ArgumentHelp("The price of one unit before any discount, e.g. 9.80.", valueName: "decimal"))
    var listPrice: ExactDecimal

    @Option(help: ArgumentHelp("A longer description.", valueName: "text"))
    var description = ""
    @Option(help: ArgumentHelp("The unit a quantity counts (24 - 12 oz bottles).", valueName: "text"))
    var unit = ""
    @Option(help: ArgumentHelp("The unit the price is for.", valueName: "text"))
    var priceUnit = ""
    @Option(help: ArgumentHelp("Hierarchical position number (1.4.3.2), used to sort items.", valueName: "text"))
    var itemNumber = ""
    @Option(help: ArgumentHelp("A web page about the product.", valueName: "text"))
    var url = ""
    @Option(help: ArgumentHelp("The product category.", valueName: "text"))
    var category = ""
    @Option(help: ArgumentHelp("The product family.", valueName: "text"))
    var family = ""
    @Option(help: ArgumentHelp("The product type.", valueName: "text"))
    var type = ""
    @Option(help: ArgumentHelp("The supplier.", valueName: "text"))
    var supplier = ""
    @Option(help: ArgumentHelp("The supplier's code for the product.", valueName: "text"))
    var supplierCode = ""
    @Option(help: ArgumentHelp("VAT as a percentage (25 means 25 %).", valueName: "decimal"))
    var vat = ExactDecimal.zero
    @Option(help: ArgumentHelp("Free text about VAT (Inc VAT).", valueName: "text"))
    var vatInfo = ""
    @Option(help: ArgumentHelp("The cost of one unit.", valueName: "decimal"))
    var cost: ExactDecimal?
    @Option(help: ArgumentHelp("The lowest price one unit may be sold for.", valueName: "decimal"))
    var minimumPrice: ExactDecimal?
    @Option(help: ArgumentHelp("Units in stock.", valueName: "decimal"))
    var stock: ExactDecimal?
    @Flag(help: "The product is discontinued.")
    var notInAssortment = false
    @Flag(help: "The product is sold as a subscription.")
    var subscription = false
    @Option(help: ArgumentHelp("The subscription period (month).", valueName: "text"))
    var subscriptionUnit = ""
    @Option(help: ArgumentHelp("The default number of subscription periods.", valueName: "decimal"))
    var subscriptionQuantity: ExactDecimal?
    @Option(help: ArgumentHelp("A PNG, JPEG or GIF picture of the product (at most 1 MiB, checked by content).", valueName: "file"))
    var image: String?
    @Option(help: ArgumentHelp("An extra field; repeat for fields 1 to \(ExtraFields.count), in order.", valueName: "text"))
    var extraField: [String] = []

    func validate() throws {
        if code.isEmpty { throw ValidationError("--code must not be empty") }
        try refuseNegative([
            "--list-price": listPrice, "--vat": vat, "--cost": cost, "--minimum-price": minimumPrice,
            "--stock": stock, "--subscription-quantity": subscriptionQuantity,
        ])
        if extraField.count > ExtraFields.count {
            throw ValidationError("--extra-field can be given at most \(ExtraFields.count) times")
        }
    }

    func run() throws {
        let picture = try image.map(ProductImageFile.read)
        let workflow = try global.workflow()
        let list = try workflow.priceList(named: pricelist)
        var product = Product(
            priceListId: list.id!, code: code, name: name, description: description, quantityUnit: unit,
            priceUnit: priceUnit, itemNumber: itemNumber, url: url, productCategory: category, productFamily: family,
            productType: type, supplier: supplier, supplierCode: supplierCode, vatPercent: vat, vatInfo: vatInfo,
            unitCost: cost, unitMinimumPrice: minimumPrice, unitListPrice: listPrice, inAssortment: !notInAssortment,
            stock: stock, isSubscription: subscription, subscriptionUnit: subscriptionUnit,
            defaultSubscriptionQuantity: subscriptionQuantity, image: picture,
            extraFields: ExtraFields(extraField))
        let fields = try workflow.fieldConfiguration()
        let missing = fields.missingMandatoryFields(of: product)
        if !missing.isEmpty, MandatoryFieldPrompt.canAsk {
            MandatoryFieldPrompt.ask(missing, configuration: fields, for: &product)
        }
        let added = try workflow.addProduct(product, priceListName: list.name)
        print("Added product \(added.code) (\(added.name)) to \(list.name) at \(added.unitListPrice) \(list.currency).")
    }
}
