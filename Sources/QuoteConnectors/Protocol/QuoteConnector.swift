import QuoteModel

/// A connector: the plug-in an ERP connection uses to get products and prices and to hand over
/// orders (SuperOffice's IQuoteConnector). Adding a connector for another ERP is one type that
/// implements this protocol and is listed in the ``ConnectorRegistry``.
///
/// A connector only implements what its descriptor's capabilities promise; every other call
/// keeps the default, which refuses with ``QuoteError/Code/notApplicable``. Errors are
/// ``QuoteError``s: ``QuoteError/Code/erpUnavailable`` when the ERP cannot be reached or is too
/// slow, ``QuoteError/Code/erpRefused`` when it answers no, naming its reason. Secrets never
/// appear in an error's message.
public protocol QuoteConnector: Sendable {
    /// The connector's name, capabilities and configuration fields.
    static var descriptor: ConnectorDescriptor { get }

    /// A connector for one connection; does not reach the ERP yet.
    init(settings: ConnectionSettings, context: ConnectorContext) throws

    /// Reaches the ERP with the settings and says what it found (SuperOffice's TestConnection):
    /// a connection is saved only after its test passes.
    func test() async throws -> String

    /// Products whose code or name contains `text`, at most `limit`.
    func searchProducts(matching text: String, limit: Int) async throws -> [ConnectorProduct]

    /// The product with `code`; ``QuoteError/Code/notFound`` when the ERP has none.
    func product(code: String) async throws -> ConnectorProduct

    /// The ERP's price of one unit for each request, in the request's currency.
    func prices(_ requests: [PriceRequest]) async throws -> [ExactDecimal]

    /// Places `order` in the ERP, or finds the one an earlier attempt placed with the same
    /// ``ERPOrder/idempotencyKey``.
    func placeOrder(_ order: ERPOrder) async throws -> ERPOrderReceipt

    /// How the order with `key` stands in the ERP.
    func orderStatus(key: String) async throws -> ERPOrderStatus

    /// The values of `list`.
    func list(_ list: ConnectorList) async throws -> [ConnectorListItem]

    /// The customer's addresses in the ERP.
    func addresses(of customer: ConnectorCustomer) async throws -> [PostalAddress]

    // Sync (``ConnectorCapability/syncParties``): values by the keys of the descriptor's
    // `partyFields`; a list field's value is the list item's key (a country's ISO code).

    /// Every active customer party, not the ERP's own company.
    func parties() async throws -> [ERPParty]

    /// The party with `key`; nil when the ERP has none (deleted or never made).
    func party(key: String) async throws -> ERPParty?

    /// Makes a party with `code` and `values`, or, when one with `code` exists already (an
    /// earlier attempt that was cut off), returns it unchanged: never two parties with one code.
    func createParty(code: String, values: [String: String]) async throws -> (party: ERPParty, wasAlreadyMade: Bool)

    /// Writes `values` (only these fields) to the party with `key` and returns it as it is then.
    func updateParty(key: String, values: [String: String]) async throws -> ERPParty

    /// The values of `list`: each item's key (what party values hold) and name.
    func syncList(_ list: SyncListName) async throws -> [ConnectorListItem]
}

extension QuoteConnector {
    public func searchProducts(matching text: String, limit: Int) async throws -> [ConnectorProduct] {
        throw Self.missing(.searchProducts)
    }

    public func product(code: String) async throws -> ConnectorProduct {
        throw Self.missing(.searchProducts)
    }

    public func prices(_ requests: [PriceRequest]) async throws -> [ExactDecimal] {
        throw Self.missing(.computePrice)
    }

    public func placeOrder(_ order: ERPOrder) async throws -> ERPOrderReceipt {
        throw Self.missing(.placeOrder)
    }

    public func orderStatus(key: String) async throws -> ERPOrderStatus {
        throw Self.missing(.provideOrderState)
    }

    public func list(_ list: ConnectorList) async throws -> [ConnectorListItem] {
        throw Self.missing(list.capability)
    }

    public func addresses(of customer: ConnectorCustomer) async throws -> [PostalAddress] {
        throw Self.missing(.provideAddresses)
    }

    public func parties() async throws -> [ERPParty] { throw Self.missing(.syncParties) }

    public func party(key: String) async throws -> ERPParty? { throw Self.missing(.syncParties) }

    public func createParty(code: String, values: [String: String]) async throws -> (party: ERPParty, wasAlreadyMade: Bool) {
        throw Self.missing(.syncParties)
    }

    public func updateParty(key: String, values: [String: String]) async throws -> ERPParty { throw Self.missing(.syncParties) }

    public func syncList(_ list: SyncListName) async throws -> [ConnectorListItem] { throw Self.missing(.syncParties) }

    /// The refusal of a call the connector has no capability for.
    public static func missing(_ capability: ConnectorCapability) -> QuoteError {
        QuoteError(.notApplicable, "the \(descriptor.displayName) connector cannot \(capability.rawValue.replacingOccurrences(of: "-", with: " "))", value: capability.rawValue)
    }
}
