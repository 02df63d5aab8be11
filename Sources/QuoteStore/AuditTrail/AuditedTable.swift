/// A table of the audit trail, its rows chained by hash.
public enum AuditedTable: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sale activities: quotes sent, orders placed, confirmations issued, follow-ups, sales lost.
    case saleActivity
    /// Archived documents, each with its file's SHA-256.
    case document

    /// What one row is called in messages.
    var rowName: String {
        switch self {
        case .saleActivity: "sale activity"
        case .document: "document"
        }
    }

    /// What several rows are called in messages.
    var rowsName: String {
        switch self {
        case .saleActivity: "sale activities"
        case .document: "documents"
        }
    }

    /// The columns the chain covers.
    var chainedColumns: [String] {
        switch self {
        case .saleActivity: AuditChain.saleActivityColumns
        case .document: AuditChain.documentColumns
        }
    }
}
