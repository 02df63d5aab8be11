/// Something the audit trail's hash chains show was done to a row behind quotedoc's back (which
/// takes dropping the database's triggers first). Rows are named by table and id only.
public enum AuditProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The row no longer matches its chain hash: its content or its hash was changed, or it was
    /// written without the chain.
    case changed(table: AuditedTable, rowId: Int64)
    /// Rows between `afterRowId` (nil: the start of the chain) and `beforeRowId` are gone: the
    /// row `beforeRowId` no longer follows the row before it.
    case deleted(table: AuditedTable, afterRowId: Int64?, beforeRowId: Int64)
    /// The row was put between two rows chained to each other: the row after it follows the row
    /// before it.
    case insertedOutOfOrder(table: AuditedTable, rowId: Int64)
    /// A chain head noted down earlier is no longer in the chain with its hash: rows were deleted
    /// at the end, or the chain was recomputed.
    case notedHeadMissing(table: AuditedTable, rowId: Int64)

    public var description: String {
        switch self {
        case let .changed(table, rowId):
            "\(table.rowName) \(rowId) was changed: it no longer matches its chain hash"
        case let .deleted(table, afterRowId?, beforeRowId):
            "\(table.rowsName) between \(afterRowId) and \(beforeRowId) were deleted: \(table.rowName) \(beforeRowId) no longer follows \(afterRowId)"
        case let .deleted(table, nil, beforeRowId):
            "\(table.rowsName) before \(beforeRowId) were deleted: \(table.rowName) \(beforeRowId) no longer starts the chain"
        case let .insertedOutOfOrder(table, rowId):
            "\(table.rowName) \(rowId) was inserted out of order: the row after it follows the row before it"
        case let .notedHeadMissing(table, rowId):
            "the chain of \(table.rowsName) no longer holds the hash noted for \(table.rowName) \(rowId): rows were deleted at its end, or it was recomputed"
        }
    }
}
