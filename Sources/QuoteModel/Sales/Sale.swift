/// A sale: the opportunity that owns (at most) one quote.
public struct Sale: Sendable, Hashable, Codable {
    public var id: Int64?
    /// The sale number people use (`10248`); unique.
    public var number: String
    public var title: String
    /// The associate who owns the sale.
    public var ownerId: Int64
    public var companyId: Int64
    /// The contact person, if any.
    public var personId: Int64?
    public var saleTypeId: Int64
    /// The currency of the sale; its quote is priced in it.
    public var currency: Currency
    public var status: SaleStatus
    /// The sale's amount; follows the favourite alternative of the active quote version.
    public var amount: ExactDecimal
    /// The sale's date (expected or actual close).
    public var date: LocalDate

    public init(
        id: Int64? = nil, number: String, title: String, ownerId: Int64, companyId: Int64, personId: Int64? = nil,
        saleTypeId: Int64, currency: Currency, status: SaleStatus = .open, amount: ExactDecimal = .zero, date: LocalDate
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.ownerId = ownerId
        self.companyId = companyId
        self.personId = personId
        self.saleTypeId = saleTypeId
        self.currency = currency
        self.status = status
        self.amount = amount
        self.date = date
    }
}
