/// What a party made in the ERP from quotedoc gets in an ERP field: a fixed value, or nothing
/// but a refusal when the field would be empty.
public struct SyncDefault: Sendable, Hashable, Codable {
    public enum Rule: Sendable, Hashable, Codable {
        /// The field gets this value when no mapping fills it.
        case value(String)
        /// The field must be filled (by a mapping): a party without it is not made.
        case mandatory
    }

    public var erpField: String
    public var rule: Rule

    public init(erpField: String, rule: Rule) {
        self.erpField = erpField
        self.rule = rule
    }

    /// `value`, or `mandatory`.
    public var ruleText: String {
        switch rule {
        case .value(let value): value
        case .mandatory: "mandatory"
        }
    }
}
