import QuoteConnectors

/// A connector as `--json` prints it.
struct ConnectorJSON: Encodable {
    struct Field: Encodable {
        let key: String
        let label: String
        let type: String
        let required: Bool
        let defaultValue: String?
    }

    let name: String
    let displayName: String
    let summary: String
    let capabilities: [String]
    let fields: [Field]

    init(_ descriptor: ConnectorDescriptor) {
        name = descriptor.name
        displayName = descriptor.displayName
        summary = descriptor.summary
        capabilities = descriptor.capabilities.sorted().map(\.rawValue)
        fields = descriptor.fields.map { Field(key: $0.key, label: $0.label, type: $0.kind.name, required: $0.isRequired, defaultValue: $0.defaultValue) }
    }
}
