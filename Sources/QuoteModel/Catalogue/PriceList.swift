/// A list of products with their prices, in one currency.
public struct PriceList: Sendable, Hashable, Codable {
    public var id: Int64?
    /// Unique name (`Northwind`).
    public var name: String
    public var description: String
    public var currency: Currency
    /// First valid day, inclusive; nil means no start.
    public var validFrom: LocalDate?
    /// Last valid day, inclusive; nil means no end.
    public var validTo: LocalDate?
    public var isActive: Bool
    /// A read-only copy of an ERP's price list.
    public var isERPCopy: Bool

    public init(
        id: Int64? = nil, name: String, description: String = "", currency: Currency,
        validFrom: LocalDate? = nil, validTo: LocalDate? = nil, isActive: Bool = true, isERPCopy: Bool = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.currency = currency
        self.validFrom = validFrom
        self.validTo = validTo
        self.isActive = isActive
        self.isERPCopy = isERPCopy
    }

    /// True when `date` lies within the validity period.
    public func isValid(on date: LocalDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, date > validTo { return false }
        return true
    }
}
