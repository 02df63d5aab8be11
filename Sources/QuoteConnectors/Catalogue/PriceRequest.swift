import QuoteModel

/// One line to be priced by the ERP (``ConnectorCapability/computePrice``): the product, how
/// many, for whom, in which currency, on which day.
public struct PriceRequest: Sendable, Hashable {
    public var productKey: String
    public var quantity: ExactDecimal
    public var customer: ConnectorCustomer
    public var currency: Currency
    public var date: LocalDate

    public init(productKey: String, quantity: ExactDecimal, customer: ConnectorCustomer, currency: Currency, date: LocalDate) {
        self.productKey = productKey
        self.quantity = quantity
        self.customer = customer
        self.currency = currency
        self.date = date
    }
}
