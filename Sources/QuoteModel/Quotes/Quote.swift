/// The quote of a sale: the container of its versions and, once ordered, of the order details.
public struct Quote: Sendable, Hashable, Codable {
    public var id: Int64?
    public var saleId: Int64
    /// The quote number people use (`10248`); unique.
    public var number: String
    /// The ERP connection the quote is priced through (`Standalone`).
    public var connectionName: String
    /// The order's key in the ERP (its record id), once the ERP has received the order.
    public var erpOrderKey: String
    /// The order's number in the ERP, as its users know it.
    public var erpOrderNumber: String
    /// The order's state in the ERP when it was last asked (`quotation`, `confirmed`, `done`…).
    public var erpOrderState: String
    /// The customer's purchase-order number.
    public var poNumber: String
    /// Comment for the order, invoice and packing list.
    public var orderComment: String
    /// The alternative the customer accepted; set when the order is placed.
    public var acceptedAlternativeId: Int64?
    /// The day the order was placed.
    public var orderDate: LocalDate?

    public init(
        id: Int64? = nil, saleId: Int64, number: String, connectionName: String = "Standalone",
        poNumber: String = "", orderComment: String = "", acceptedAlternativeId: Int64? = nil, orderDate: LocalDate? = nil,
        erpOrderKey: String = "", erpOrderNumber: String = "", erpOrderState: String = ""
    ) {
        self.id = id
        self.saleId = saleId
        self.number = number
        self.connectionName = connectionName
        self.poNumber = poNumber
        self.orderComment = orderComment
        self.acceptedAlternativeId = acceptedAlternativeId
        self.orderDate = orderDate
        self.erpOrderKey = erpOrderKey
        self.erpOrderNumber = erpOrderNumber
        self.erpOrderState = erpOrderState
    }

    /// True once an order has been placed on the quote.
    public var isOrdered: Bool { acceptedAlternativeId != nil }
}
