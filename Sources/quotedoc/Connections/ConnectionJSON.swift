import QuoteWorkflow

/// A connection as `--json` prints it: secrets masked, as in the text.
struct ConnectionJSON: Encodable {
    let name: String
    let connector: String
    let description: String
    let removed: Bool
    let capabilities: [String]
    let settings: [String: String]

    init(_ view: QuoteWorkflow.ConnectionView) {
        name = view.connection.name
        connector = view.connection.connectorName
        description = view.connection.description
        removed = view.connection.isDeleted
        capabilities = view.descriptor?.capabilities.sorted().map(\.rawValue) ?? []
        settings = Dictionary(view.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The connection as text: name, connector, state, settings.
    static func text(_ view: QuoteWorkflow.ConnectionView) -> String {
        var lines = [
            "Connection:  \(view.connection.name)\(view.connection.isDeleted ? " (removed)" : "")",
            "Connector:   \(view.connection.connectorName)\(view.descriptor.map { " — \($0.displayName)" } ?? " (not installed in this build)")",
        ]
        if !view.connection.description.isEmpty { lines.append("Description: \(view.connection.description)") }
        if let descriptor = view.descriptor {
            lines.append("Can:         " + descriptor.capabilities.sorted().map(\.rawValue).joined(separator: ", "))
        }
        if !view.settings.isEmpty {
            lines.append("Settings:")
            let width = view.settings.map(\.key.count).max() ?? 0
            for (key, value) in view.settings {
                lines.append("  " + key + String(repeating: " ", count: width - key.count) + "  " + value)
            }
        }
        return lines.joined(separator: "\n")
    }
}
