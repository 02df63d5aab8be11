/// A product in one price list. Quote lines copy its fields when it is added to a quote.
public struct Product: Sendable, Hashable, Codable {
    public var id: Int64?
    public var priceListId: Int64
    /// Product code or article number, unique within the price list.
    public var code: String
    public var name: String
    public var description: String
    /// The unit a quantity counts (`24 - 12 oz bottles`).
    public var quantityUnit: String
    /// The unit the price is for.
    public var priceUnit: String
    /// Hierarchical position number (`1.4.3.2`), used to sort items.
    public var itemNumber: String
    public var url: String
    public var productCategory: String
    public var productFamily: String
    public var productType: String
    public var supplier: String
    public var supplierCode: String
    /// VAT as a percentage (25 means 25 %).
    public var vatPercent: ExactDecimal
    /// Free text about VAT (`Inc VAT`).
    public var vatInfo: String
    /// Cost of one unit; nil when not known.
    public var unitCost: ExactDecimal?
    /// The lowest price one unit may be sold for; nil when there is none.
    public var unitMinimumPrice: ExactDecimal?
    /// The price of one unit before any discount.
    public var unitListPrice: ExactDecimal
    /// False for a discontinued product.
    public var inAssortment: Bool
    /// Units in stock; nil when not tracked.
    public var stock: ExactDecimal?
    public var isSubscription: Bool
    public var subscriptionUnit: String
    public var defaultSubscriptionQuantity: ExactDecimal?
    public var image: ProductImage?
    public var extraFields: ExtraFields
    /// Taken out of its price list for good; the row stays only because quote lines were copied
    /// from it (lines keep their copies). A removed product is in no list, search or import.
    public var isRemoved: Bool

    public init(
        id: Int64? = nil, priceListId: Int64, code: String, name: String, description: String = "",
        quantityUnit: String = "", priceUnit: String = "", itemNumber: String = "", url: String = "",
        productCategory: String = "", productFamily: String = "", productType: String = "",
        supplier: String = "", supplierCode: String = "", vatPercent: ExactDecimal = .zero, vatInfo: String = "",
        unitCost: ExactDecimal? = nil, unitMinimumPrice: ExactDecimal? = nil, unitListPrice: ExactDecimal,
        inAssortment: Bool = true, stock: ExactDecimal? = nil, isSubscription: Bool = false,
        subscriptionUnit: String = "", defaultSubscriptionQuantity: ExactDecimal? = nil,
        image: ProductImage? = nil, extraFields: ExtraFields = ExtraFields(), isRemoved: Bool = false
    ) {
        self.id = id
        self.priceListId = priceListId
        self.code = code
        self.name = name
        self.description = description
        self.quantityUnit = quantityUnit
        self.priceUnit = priceUnit
        self.itemNumber = itemNumber
        self.url = url
        self.productCategory = productCategory
        self.productFamily = productFamily
        self.productType = productType
        self.supplier = supplier
        self.supplierCode = supplierCode
        self.vatPercent = vatPercent
        self.vatInfo = vatInfo
        self.unitCost = unitCost
        self.unitMinimumPrice = unitMinimumPrice
        self.unitListPrice = unitListPrice
        self.inAssortment = inAssortment
        self.stock = stock
        self.isSubscription = isSubscription
        self.subscriptionUnit = subscriptionUnit
        self.defaultSubscriptionQuantity = defaultSubscriptionQuantity
        self.image = image
        self.extraFields = extraFields
        self.isRemoved = isRemoved
    }
}
