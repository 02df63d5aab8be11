/// A list of values an ERP may provide (``ConnectorCapability/provideProductCategoryList`` …).
public enum ConnectorList: String, CaseIterable, Sendable, Codable {
    case productCategory = "product-category"
    case paymentTerms = "payment-terms"
    case deliveryTerms = "delivery-terms"

    /// The capability that says whether a connector provides the list.
    public var capability: ConnectorCapability {
        switch self {
        case .productCategory: .provideProductCategoryList
        case .paymentTerms: .providePaymentTermsList
        case .deliveryTerms: .provideDeliveryTermsList
        }
    }
}

/// One value of a ``ConnectorList``: its key in the ERP and its name.
public struct ConnectorListItem: Sendable, Hashable, Codable {
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}
