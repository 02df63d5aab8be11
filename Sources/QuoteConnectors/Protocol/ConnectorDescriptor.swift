import QuoteModel

/// What a connector is: its name, what it can do and how it is configured. Shown by
/// `quotedoc connector list`; a connection is checked against it.
public struct ConnectorDescriptor: Sendable, Hashable {
    /// The name connections refer to (`tryton`); lower case.
    public let name: String
    public let displayName: String
    public let summary: String
    public let capabilities: Set<ConnectorCapability>
    public let fields: [ConfigurationField]
    /// The fields of the ERP's party that sync can map; empty without ``ConnectorCapability/syncParties``.
    public let partyFields: [ERPField]

    public init(
        name: String, displayName: String, summary: String, capabilities: Set<ConnectorCapability>, fields: [ConfigurationField],
        partyFields: [ERPField] = []
    ) {
        self.name = name
        self.displayName = displayName
        self.summary = summary
        self.capabilities = capabilities
        self.fields = fields
        self.partyFields = partyFields
    }

    public func can(_ capability: ConnectorCapability) -> Bool { capabilities.contains(capability) }

    /// The field with `key`, or nil.
    public func field(_ key: String) -> ConfigurationField? { fields.first { $0.key == key } }
}
