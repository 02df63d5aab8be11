import QuoteModel

/// An order as it is placed in the ERP: for whom, what, and the key it is found by again.
public struct ERPOrder: Sendable, Hashable {
    /// Fixed before the ERP is called (from the connection's client key, the quote number and
    /// the version), so a retry after a timeout or a crash finds the order already made instead
    /// of making a second one.
    public var idempotencyKey: String
    public var quoteNumber: String
    public var versionNumber: Int
    public var customer: ConnectorCustomer
    public var currency: Currency
    /// The customer's purchase-order number; the ERP's reference.
    public var poNumber: String
    public var comment: String
    public var date: LocalDate
    public var lines: [ERPOrderLine]

    public init(
        idempotencyKey: String, quoteNumber: String, versionNumber: Int, customer: ConnectorCustomer, currency: Currency,
        poNumber: String, comment: String, date: LocalDate, lines: [ERPOrderLine]
    ) {
        self.idempotencyKey = idempotencyKey
        self.quoteNumber = quoteNumber
        self.versionNumber = versionNumber
        self.customer = customer
        self.currency = currency
        self.poNumber = poNumber
        self.comment = comment
        self.date = date
        self.lines = lines
    }

    /// The key an order of `quoteNumber` version `version` placed from the connection with
    /// `clientKey` is found by.
    public static func idempotencyKey(clientKey: String, quoteNumber: String, version: Int) -> String {
        "quotedoc:\(clientKey):\(quoteNumber):v\(version)"
    }
}

/// One line of an ``ERPOrder``, or of an order as the ERP has it now.
public struct ERPOrderLine: Sendable, Hashable, Codable {
    /// The product's key in the ERP; empty for a line without a product (free text, a discount).
    public var productKey: String
    public var code: String
    public var description: String
    public var quantity: ExactDecimal
    /// The price of one unit after every discount.
    public var unitPrice: ExactDecimal

    public init(productKey: String, code: String, description: String, quantity: ExactDecimal, unitPrice: ExactDecimal) {
        self.productKey = productKey
        self.code = code
        self.description = description
        self.quantity = quantity
        self.unitPrice = unitPrice
    }
}
