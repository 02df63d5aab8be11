/// A field of a product or a quote line that the settings can configure (show or hide, label,
/// mandatory, read-only, order) and that imports and exports name: SuperOffice's
/// QuoteLineConfiguration rows. The raw value is the field's key in documents (`unitCost`).
public enum ProductField: String, CaseIterable, Sendable, Hashable, Codable {
    case code, name, description, quantityUnit, priceUnit, itemNumber, url
    case productCategory, productFamily, productType, supplier, supplierCode
    case vatPercent, vatInfo, unitCost, unitMinimumPrice, unitListPrice
    case inAssortment, stock, isSubscription, subscriptionUnit, subscriptionQuantity, image
    case quantity, discountPercent, discountAmount, earningAmount, earningPercent
    case extraField1, extraField2, extraField3, extraField4, extraField5

    /// Where a field lives: on products, on quote lines, or on both (copied from product to line).
    public enum Scope: String, Sendable, Hashable, Codable {
        case product, line, both
    }

    /// The name commands use (`cost`, `list-price`, `extra-field-1`), as `product add` spells its options.
    public var name: String {
        switch self {
        case .quantityUnit: "unit"
        case .priceUnit: "price-unit"
        case .itemNumber: "item-number"
        case .productCategory: "category"
        case .productFamily: "family"
        case .productType: "type"
        case .supplierCode: "supplier-code"
        case .vatPercent: "vat"
        case .vatInfo: "vat-info"
        case .unitCost: "cost"
        case .unitMinimumPrice: "minimum-price"
        case .unitListPrice: "list-price"
        case .inAssortment: "in-assortment"
        case .isSubscription: "subscription"
        case .subscriptionUnit: "subscription-unit"
        case .subscriptionQuantity: "subscription-quantity"
        case .discountPercent: "discount-percent"
        case .discountAmount: "discount-amount"
        case .earningAmount: "earning-amount"
        case .earningPercent: "earning-percent"
        case .extraField1: "extra-field-1"
        case .extraField2: "extra-field-2"
        case .extraField3: "extra-field-3"
        case .extraField4: "extra-field-4"
        case .extraField5: "extra-field-5"
        default: rawValue
        }
    }

    /// The field a command-line name (`cost`) or a document key (`unitCost`) names, ignoring case.
    public init?(name: String) {
        let wanted = name.lowercased()
        guard let field = Self.allCases.first(where: { $0.name == wanted || $0.rawValue.lowercased() == wanted }) else { return nil }
        self = field
    }

    public var scope: Scope {
        switch self {
        case .inAssortment, .stock: .product
        case .quantity, .discountPercent, .discountAmount, .earningAmount, .earningPercent: .line
        default: .both
        }
    }

    /// False for the fields every product and line shows (a line without a name or a quantity
    /// means nothing), as SuperOffice's "cannot be hidden".
    public var canBeHidden: Bool {
        self != .name && self != .quantity
    }

    /// The label in English, the default everywhere.
    public var englishLabel: String {
        switch self {
        case .code: "Code"
        case .name: "Name"
        case .description: "Description"
        case .quantityUnit: "Unit"
        case .priceUnit: "Price unit"
        case .itemNumber: "Item number"
        case .url: "URL"
        case .productCategory: "Category"
        case .productFamily: "Family"
        case .productType: "Type"
        case .supplier: "Supplier"
        case .supplierCode: "Supplier code"
        case .vatPercent: "VAT %"
        case .vatInfo: "VAT info"
        case .unitCost: "Cost"
        case .unitMinimumPrice: "Minimum price"
        case .unitListPrice: "List price"
        case .inAssortment: "In assortment"
        case .stock: "In stock"
        case .isSubscription: "Subscription"
        case .subscriptionUnit: "Subscription unit"
        case .subscriptionQuantity: "Subscription quantity"
        case .image: "Image"
        case .quantity: "Quantity"
        case .discountPercent: "Discount %"
        case .discountAmount: "Discount"
        case .earningAmount: "Earning"
        case .earningPercent: "Earning %"
        case .extraField1: "Extra field 1"
        case .extraField2: "Extra field 2"
        case .extraField3: "Extra field 3"
        case .extraField4: "Extra field 4"
        case .extraField5: "Extra field 5"
        }
    }

    /// The label in Swedish, as SuperOffice's Swedish screens print it.
    public var swedishLabel: String {
        switch self {
        case .code: "Kod"
        case .name: "Namn"
        case .description: "Beskrivning"
        case .quantityUnit: "Enhet"
        case .priceUnit: "Prisenhet"
        case .itemNumber: "Artikelnummer"
        case .url: "URL"
        case .productCategory: "Kategori"
        case .productFamily: "Familj"
        case .productType: "Typ"
        case .supplier: "Leverantör"
        case .supplierCode: "Leverantörskod"
        case .vatPercent: "Moms %"
        case .vatInfo: "Momsinformation"
        case .unitCost: "Kostnad"
        case .unitMinimumPrice: "Minimipris"
        case .unitListPrice: "Listpris"
        case .inAssortment: "I sortiment"
        case .stock: "I lager"
        case .isSubscription: "Abonnemang"
        case .subscriptionUnit: "Abonnemangsenhet"
        case .subscriptionQuantity: "Abonnemangsantal"
        case .image: "Bild"
        case .quantity: "Antal"
        case .discountPercent: "Rabatt %"
        case .discountAmount: "Rabatt"
        case .earningAmount: "Täckningsbidrag"
        case .earningPercent: "Täckningsgrad %"
        case .extraField1: "Extrafält 1"
        case .extraField2: "Extrafält 2"
        case .extraField3: "Extrafält 3"
        case .extraField4: "Extrafält 4"
        case .extraField5: "Extrafält 5"
        }
    }
}
