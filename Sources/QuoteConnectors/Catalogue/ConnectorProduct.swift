import QuoteModel

/// A product as an ERP supplies it: what a quote line copies when the product is added. Fields
/// a connector cannot provide (its capabilities say which) are nil.
public struct ConnectorProduct: Sendable, Hashable, Codable {
    /// The product's key in the ERP; stored on the line and sent back with the order.
    public var key: String
    public var code: String
    public var name: String
    public var description: String
    /// The unit a quantity counts (`Unit`, `kg`).
    public var unit: String
    public var category: String
    public var unitListPrice: ExactDecimal
    public var unitCost: ExactDecimal?
    public var unitMinimumPrice: ExactDecimal?
    /// VAT as a percentage; nil when the ERP does not say.
    public var vatPercent: ExactDecimal?
    public var stock: ExactDecimal?
    /// False for a product the ERP no longer sells.
    public var isActive: Bool

    public init(
        key: String, code: String, name: String, description: String = "", unit: String = "", category: String = "",
        unitListPrice: ExactDecimal, unitCost: ExactDecimal? = nil, unitMinimumPrice: ExactDecimal? = nil,
        vatPercent: ExactDecimal? = nil, stock: ExactDecimal? = nil, isActive: Bool = true
    ) {
        self.key = key
        self.code = code
        self.name = name
        self.description = description
        self.unit = unit
        self.category = category
        self.unitListPrice = unitListPrice
        self.unitCost = unitCost
        self.unitMinimumPrice = unitMinimumPrice
        self.vatPercent = vatPercent
        self.stock = stock
        self.isActive = isActive
    }
}
