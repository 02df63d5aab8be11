/// One configuration field a connector declares (SuperOffice's FieldMetadataInfo): the key it is
/// set by (`--set url=…`), its type, and whether it must be given.
public struct ConfigurationField: Sendable, Hashable {
    /// The type of a field's value; every value is given and stored as text.
    public enum Kind: Sendable, Hashable {
        case text
        /// Never printed, logged or put in JSON; may name an environment variable instead.
        case secret
        case integer
        case decimal
        case boolean
        /// One of the given choices.
        case list([String])

        /// The type's name as shown to users (`integer`, `list: a|b`).
        public var name: String {
            switch self {
            case .text: "text"
            case .secret: "secret"
            case .integer: "integer"
            case .decimal: "decimal"
            case .boolean: "boolean"
            case .list(let choices): "list: " + choices.joined(separator: "|")
            }
        }
    }

    public let key: String
    public let label: String
    public let kind: Kind
    public let isRequired: Bool
    /// The value used when the field is not set; nil when there is none.
    public let defaultValue: String?
    public let help: String

    public init(_ key: String, _ label: String, _ kind: Kind, required: Bool = false, default defaultValue: String? = nil, help: String = "") {
        self.key = key
        self.label = label
        self.kind = kind
        self.isRequired = required
        self.defaultValue = defaultValue
        self.help = help
    }

    /// The key by which a secret field names the environment variable holding it.
    public var environmentKey: String { key + "-env" }
}
