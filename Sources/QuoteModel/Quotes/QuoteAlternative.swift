/// One alternative of a quote version (a tab in SuperOffice): a set of lines with its own
/// discount on the total and its own totals.
public struct QuoteAlternative: Sendable, Hashable, Codable {
    public var id: Int64?
    public var versionId: Int64
    /// Display order within the version, from 1.
    public var rank: Int
    /// Short name, unique within the version (`Standard`).
    public var name: String
    public var description: String
    /// Discount on the whole alternative, on top of the line discounts (12 means 12 %).
    public var discountPercent: ExactDecimal
    /// The same discount as an amount.
    public var discountAmount: ExactDecimal
    /// Which alternative-level field the user set last.
    public var valueOverride: ValueOverride
    public var erpDiscountPercent: ExactDecimal?
    public var erpDiscountAmount: ExactDecimal?
    /// Σ line totalPrice: the sum before the alternative discount.
    public var subTotal: ExactDecimal
    /// subTotal − discountAmount: every discount included, VAT excluded.
    public var totalPrice: ExactDecimal
    /// VAT on totalPrice, from the lines' VAT percentages.
    public var vatAmount: ExactDecimal
    /// totalPrice − Σ line cost; nil when a line's cost is unknown.
    public var earningAmount: ExactDecimal?
    public var earningPercent: ExactDecimal?
    public var status: ValidationStatus
    public var reason: String
    public var extraFields: ExtraFields

    public init(
        id: Int64? = nil, versionId: Int64, rank: Int = 1, name: String, description: String = "",
        discountPercent: ExactDecimal = .zero, discountAmount: ExactDecimal = .zero, valueOverride: ValueOverride = .none,
        erpDiscountPercent: ExactDecimal? = nil, erpDiscountAmount: ExactDecimal? = nil,
        subTotal: ExactDecimal = .zero, totalPrice: ExactDecimal = .zero, vatAmount: ExactDecimal = .zero,
        earningAmount: ExactDecimal? = nil, earningPercent: ExactDecimal? = nil,
        status: ValidationStatus = .ok, reason: String = "", extraFields: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.versionId = versionId
        self.rank = rank
        self.name = name
        self.description = description
        self.discountPercent = discountPercent
        self.discountAmount = discountAmount
        self.valueOverride = valueOverride
        self.erpDiscountPercent = erpDiscountPercent
        self.erpDiscountAmount = erpDiscountAmount
        self.subTotal = subTotal
        self.totalPrice = totalPrice
        self.vatAmount = vatAmount
        self.earningAmount = earningAmount
        self.earningPercent = earningPercent
        self.status = status
        self.reason = reason
        self.extraFields = extraFields
    }

    /// totalPrice + vatAmount.
    public var totalPriceIncVAT: ExactDecimal {
        get throws(ArithmeticOverflow) { try totalPrice + vatAmount }
    }
}
