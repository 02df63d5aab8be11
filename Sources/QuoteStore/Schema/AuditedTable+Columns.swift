import StorageInterface

extension AuditedTable {
    /// The columns the chain covers.
    package var chainedColumns: [String] {
        switch self {
        case .saleActivity: AuditChain.saleActivityColumns
        case .document: AuditChain.documentColumns
        case .versionStateChange: AuditChain.stateChangeColumns
        }
    }
}
