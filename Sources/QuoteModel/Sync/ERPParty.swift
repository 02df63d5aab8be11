/// A party (customer) as the ERP has it now: its key, its code and its values by ERP field.
public struct ERPParty: Sendable, Hashable, Codable {
    public var key: String
    public var code: String
    public var values: [String: String]

    public init(key: String, code: String, values: [String: String]) {
        self.key = key
        self.code = code
        self.values = values
    }

    /// The value of `field`, empty when the party has none.
    public subscript(field: String) -> String { values[field] ?? "" }

    /// How the party is named in messages: `Ernst Handel (C2)`.
    public var label: String {
        let name = self["name"]
        return name.isEmpty ? code : "\(name) (\(code))"
    }
}
