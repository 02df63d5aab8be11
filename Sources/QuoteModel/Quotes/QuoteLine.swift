/// One line of an alternative. Product fields are copied onto the line when it is added, so the
/// line keeps what was quoted even if the product changes; a line may also have no product.
public struct QuoteLine: Sendable, Hashable, Codable {
    public var id: Int64?
    public var alternativeId: Int64
    /// Display order within the alternative, from 1.
    public var rank: Int
    /// The product the line was copied from; nil for a free-text line.
    public var productId: Int64?
    /// The product's key in the ERP of the quote's connection; empty for a local or free-text line.
    public var erpProductKey: String
    public var code: String
    public var name: String
    public var description: String
    public var quantityUnit: String
    public var priceUnit: String
    public var itemNumber: String
    public var url: String
    public var productCategory: String
    public var productFamily: String
    public var productType: String
    public var supplier: String
    public var supplierCode: String
    /// VAT as a percentage, applied after every discount.
    public var vatPercent: ExactDecimal
    public var vatInfo: String
    public var unitCost: ExactDecimal?
    public var unitMinimumPrice: ExactDecimal?
    public var unitListPrice: ExactDecimal
    public var quantity: ExactDecimal
    public var isSubscription: Bool
    public var subscriptionUnit: String
    public var subscriptionQuantity: ExactDecimal?
    /// The user's discount (12 means 12 %); always consistent with discountAmount.
    public var discountPercent: ExactDecimal
    public var discountAmount: ExactDecimal
    public var erpDiscountPercent: ExactDecimal?
    public var erpDiscountAmount: ExactDecimal?
    /// The master among the five linked fields.
    public var valueOverride: ValueOverride
    /// unitListPrice × quantity (× subscriptionQuantity).
    public var subTotal: ExactDecimal
    /// subTotal − discountAmount.
    public var totalPrice: ExactDecimal
    /// totalPrice − unitCost × quantity; nil when the cost is unknown.
    public var earningAmount: ExactDecimal?
    public var earningPercent: ExactDecimal?
    public var status: ValidationStatus
    public var reason: String
    public var extraFields: ExtraFields

    public init(
        id: Int64? = nil, alternativeId: Int64, rank: Int, productId: Int64? = nil, erpProductKey: String = "", code: String = "", name: String,
        description: String = "", quantityUnit: String = "", priceUnit: String = "", itemNumber: String = "",
        url: String = "", productCategory: String = "", productFamily: String = "", productType: String = "",
        supplier: String = "", supplierCode: String = "", vatPercent: ExactDecimal = .zero, vatInfo: String = "",
        unitCost: ExactDecimal? = nil, unitMinimumPrice: ExactDecimal? = nil, unitListPrice: ExactDecimal,
        quantity: ExactDecimal, isSubscription: Bool = false, subscriptionUnit: String = "",
        subscriptionQuantity: ExactDecimal? = nil, discountPercent: ExactDecimal = .zero,
        discountAmount: ExactDecimal = .zero, erpDiscountPercent: ExactDecimal? = nil,
        erpDiscountAmount: ExactDecimal? = nil, valueOverride: ValueOverride = .none,
        subTotal: ExactDecimal = .zero, totalPrice: ExactDecimal = .zero, earningAmount: ExactDecimal? = nil,
        earningPercent: ExactDecimal? = nil, status: ValidationStatus = .ok, reason: String = "",
        extraFields: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.alternativeId = alternativeId
        self.rank = rank
        self.productId = productId
        self.erpProductKey = erpProductKey
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
        self.quantity = quantity
        self.isSubscription = isSubscription
        self.subscriptionUnit = subscriptionUnit
        self.subscriptionQuantity = subscriptionQuantity
        self.discountPercent = discountPercent
        self.discountAmount = discountAmount
        self.erpDiscountPercent = erpDiscountPercent
        self.erpDiscountAmount = erpDiscountAmount
        self.valueOverride = valueOverride
        self.subTotal = subTotal
        self.totalPrice = totalPrice
        self.earningAmount = earningAmount
        self.earningPercent = earningPercent
        self.status = status
        self.reason = reason
        self.extraFields = extraFields
    }

    /// The units the price applies to: quantity, times the subscription quantity on a
    /// subscription line.
    public var billedQuantity: ExactDecimal {
        get throws(ArithmeticOverflow) { isSubscription ? try quantity * (subscriptionQuantity ?? 1) : quantity }
    }

    /// A new line copying `product`'s fields, with the given quantity.
    public init(copying product: Product, alternativeId: Int64, rank: Int, quantity: ExactDecimal) {
        self.init(
            alternativeId: alternativeId, rank: rank, productId: product.id, code: product.code, name: product.name,
            description: product.description, quantityUnit: product.quantityUnit, priceUnit: product.priceUnit,
            itemNumber: product.itemNumber, url: product.url, productCategory: product.productCategory,
            productFamily: product.productFamily, productType: product.productType, supplier: product.supplier,
            supplierCode: product.supplierCode, vatPercent: product.vatPercent, vatInfo: product.vatInfo,
            unitCost: product.unitCost, unitMinimumPrice: product.unitMinimumPrice,
            unitListPrice: product.unitListPrice, quantity: quantity, isSubscription: product.isSubscription,
            subscriptionUnit: product.subscriptionUnit, subscriptionQuantity: product.defaultSubscriptionQuantity,
            extraFields: product.extraFields
        )
    }
}
