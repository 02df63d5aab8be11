import ArgumentParser
import QuoteModel

/// `quotedoc product edit CODE`: change any field of a product.
struct ProductEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a product's price or any other field.",
        discussion: """
            Only the fields given change. Quote lines already copied from the product keep their copies; \
            `quote update-prices` brings a draft's lines up to date. --clear empties a text field or makes \
            cost, minimum price, stock or subscription quantity unknown.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The product code.")
    var code: String
    @Option(help: ArgumentHelp("The price list, when the code is in several.", valueName: "name"))
    var pricelist: String?

    @Option(help: ArgumentHelp("A new product code, unique within the price list.", valueName: "code"))
    var newCode: String?
    @Option(help: "The product name.")
    var name: String?
    @Option(help: ArgumentHelp("The price of one unit before any discount, e.g. 9.80.", valueName: "decimal"))
    var listPrice: ExactDecimal?
    @Option(help: ArgumentHelp("A longer description.", valueName: "text"))
    var description: String?
    @Option(help: ArgumentHelp("The unit a quantity counts.", valueName: "text"))
    var unit: String?
    @Option(help: ArgumentHelp("The unit the price is for.", valueName: "text"))
    var priceUnit: String?
    @Option(help: ArgumentHelp("Hierarchical position number, used to sort items.", valueName: "text"))
    var itemNumber: String?
    @Option(help: ArgumentHelp("A web page about the product.", valueName: "text"))
    var url: String?
    @Option(help: ArgumentHelp("The product category.", valueName: "text"))
    var category: String?
    @Option(help: ArgumentHelp("The product family.", valueName: "text"))
    var family: String?
    @Option(help: ArgumentHelp("The product type.", valueName: "text"))
    var type: String?
    @Option(help: ArgumentHelp("The supplier.", valueName: "text"))
    var supplier: String?
    @Option(help: ArgumentHelp("The supplier's code for the product.", valueName: "text"))
    var supplierCode: String?
    @Option(help: ArgumentHelp("VAT as a percentage (25 means 25 %).", valueName: "decimal"))
    var vat: ExactDecimal?
    @Option(help: ArgumentHelp("Free text about VAT.", valueName: "text"))
    var vatInfo: String?
    @Option(help: ArgumentHelp("The cost of one unit.", valueName: "decimal"))
    var cost: ExactDecimal?
    @Option(help: ArgumentHelp("The lowest price one unit may be sold for.", valueName: "decimal"))
    var minimumPrice: ExactDecimal?
    @Option(help: ArgumentHelp("Units in stock.", valueName: "decimal"))
    var stock: ExactDecimal?
    @Flag(inversion: .prefixedEnableDisable, help: "Sell it as a subscription, or not.")
    var subscription: Bool?
    @Option(help: ArgumentHelp("The subscription period (month).", valueName: "text"))
    var subscriptionUnit: String?
    @Option(help: ArgumentHelp("The default number of subscription periods.", valueName: "decimal"))
    var subscriptionQuantity: ExactDecimal?
    @Option(help: ArgumentHelp("An extra field, N=TEXT with N from 1 to \(ExtraFields.count); repeatable.", valueName: "n=text"))
    var extraField: [String] = []
    @Option(help: ArgumentHelp("A field to empty or make unknown (cost, minimum-price, stock, description, …); repeatable.", valueName: "field"))
    var clear: [String] = []

    func validate() throws {
        try refuseNegative([
            "--list-price": listPrice, "--vat": vat, "--cost": cost, "--minimum-price": minimumPrice,
            "--stock": stock, "--subscription-quantity": subscriptionQuantity,
        ])
        _ = try extraFieldValues()
        _ = try clearedFields()
    }

    /// `--extra-field N=TEXT`, by field number.
    func extraFieldValues() throws(ValidationError) -> [(Int, String)] {
        try extraField.map { (assignment: String) throws(ValidationError) -> (Int, String) in
            let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let number = Int(parts[0]), (1...ExtraFields.count).contains(number) else {
                throw ValidationError("--extra-field takes N=TEXT with N from 1 to \(ExtraFields.count) (got '\(assignment)')")
            }
            return (number, String(parts[1]))
        }
    }

    /// The fields of `--clear`; the list price and the name cannot be cleared.
    func clearedFields() throws(ValidationError) -> [ProductField] {
        try clear.map { (name: String) throws(ValidationError) -> ProductField in
            guard let field = ProductField(name: name), field.scope != .line,
                  ![.code, .name, .unitListPrice, .vatPercent, .inAssortment, .isSubscription, .image].contains(field) else {
                throw ValidationError("--clear cannot empty '\(name)': it takes a text field or cost, minimum-price, stock or subscription-quantity")
            }
            return field
        }
    }

    func run() throws {
        let extraFields = try extraFieldValues()
        let cleared = try clearedFields()
        let saved = try global.workflow().editProduct(code: code, priceListName: pricelist) { product in
            for field in cleared { product.clear(field) }
            if let newCode { product.code = newCode }
            if let name { product.name = name }
            if let listPrice { product.unitListPrice = listPrice }
            if let description { product.description = description }
            if let unit { product.quantityUnit = unit }
            if let priceUnit { product.priceUnit = priceUnit }
            if let itemNumber { product.itemNumber = itemNumber }
            if let url { product.url = url }
            if let category { product.productCategory = category }
            if let family { product.productFamily = family }
            if let type { product.productType = type }
            if let supplier { product.supplier = supplier }
            if let supplierCode { product.supplierCode = supplierCode }
            if let vat { product.vatPercent = vat }
            if let vatInfo { product.vatInfo = vatInfo }
            if let cost { product.unitCost = cost }
            if let minimumPrice { product.unitMinimumPrice = minimumPrice }
            if let stock { product.stock = stock }
            if let subscription { product.isSubscription = subscription }
            if let subscriptionUnit { product.subscriptionUnit = subscriptionUnit }
            if let subscriptionQuantity { product.defaultSubscriptionQuantity = subscriptionQuantity }
            for (number, text) in extraFields { product.extraFields[number] = text }
        }
        print("Saved product \(saved.code) '\(saved.name)' at \(saved.unitListPrice).")
    }
}
