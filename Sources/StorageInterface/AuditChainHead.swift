/// The end of one hash chain of the audit trail. Noted down away from the database and passed to
/// ``QuoteDatabase/verifyAuditTrail(noted:)`` later, it shows what the chain alone cannot: rows
/// deleted at the end, or every hash recomputed after a change.
public struct AuditChainHead: Sendable, Hashable, Codable {
    public let table: AuditedTable
    /// The id of the last row; nil when the table is empty.
    public let lastRowId: Int64?
    /// That row's chain hash (64 hex digits) as stored; nil when the table is empty.
    public let chainHash: String?

    public init(table: AuditedTable, lastRowId: Int64?, chainHash: String?) {
        self.table = table
        self.lastRowId = lastRowId
        self.chainHash = chainHash
    }
}
