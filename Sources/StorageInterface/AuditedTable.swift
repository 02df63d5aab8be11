/// A table of the audit trail, its rows chained by hash.
public enum AuditedTable: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sale activities: quotes sent, orders placed, confirmations issued, follow-ups, sales lost.
    case saleActivity
    /// Archived documents, each with its file's SHA-256.
    case document
    /// Who moved each quote version from one state to another, and when.
    case versionStateChange

    /// What one row is called in messages.
    var rowName: String {
        switch self {
        case .saleActivity: "sale activity"
        case .document: "document"
        case .versionStateChange: "state change"
        }
    }

    /// What several rows are called in messages.
    var rowsName: String {
        switch self {
        case .saleActivity: "sale activities"
        case .document: "documents"
        case .versionStateChange: "state changes"
        }
    }
}
