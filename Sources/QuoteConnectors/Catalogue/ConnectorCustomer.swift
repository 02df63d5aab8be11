/// The customer as an ERP is asked to find it: by its code first, then by its name.
public struct ConnectorCustomer: Sendable, Hashable, Codable {
    /// The customer's code in the CRM (Northwind's `ALFKI`); empty when it has none.
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// How the customer is named in messages: `Alfreds Futterkiste (ALFKI)`.
    public var label: String { code.isEmpty ? name : "\(name) (\(code))" }
}
