/// The customer as an ERP is asked to find it: by its linked party's key when sync linked it,
/// else by its code first, then by its name.
public struct ConnectorCustomer: Sendable, Hashable, Codable {
    /// The customer's code in the CRM (Northwind's `ALFKI`); empty when it has none.
    public var code: String
    public var name: String
    /// The key of the ERP party sync linked the customer to; nil when it is not linked.
    public var partyKey: String?

    public init(code: String, name: String, partyKey: String? = nil) {
        self.code = code
        self.name = name
        self.partyKey = partyKey
    }

    /// How the customer is named in messages: `Alfreds Futterkiste (ALFKI)`.
    public var label: String { code.isEmpty ? name : "\(name) (\(code))" }
}
