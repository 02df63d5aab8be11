import QuoteModel
import QuoteWorkflow

/// A connection as `--json` prints it: secrets masked, as in the text.
struct ConnectionJSON: Encodable {
    let name: String
    let connector: String
    let description: String
    let removed: Bool
    let capabilities: [String]
    let settings: [String: String]
    /// How the connection syncs; nil when its connector cannot.
    let sync: SyncSettings?

    init(_ view: QuoteWorkflow.ConnectionView) {
        name = view.connection.name
        connector = view.connection.connectorName
        description = view.connection.description
        removed = view.connection.isDeleted
        capabilities = view.descriptor?.capabilities.sorted().map(\.rawValue) ?? []
        settings = Dictionary(view.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        sync = view.descriptor?.can(.syncParties) == true ? view.connection.sync : nil
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
        if view.descriptor?.can(.syncParties) == true {
            let sync = view.connection.sync
            lines.append("Sync:        \(sync.isActive ? "active" : "off"), priority \(sync.priority), conflicts won by \(sync.conflictWinner.label), "
                + "orders \(sync.pushOnOrder ? "push" : "do not push") missing parties")
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
