import Foundation

/// One change a sync made to one field of one company, kept in the sync log: which way, the
/// value before and after, the value that lost a conflict, and who ran it.
public struct SyncLogEntry: Sendable, Hashable, Codable {
    /// What made the change.
    public enum Operation: String, Sendable, Codable {
        case run
        case importParty = "import"
        case push
        case resync = "resync-from-crm"
        case link
    }

    public var id: Int64?
    public var connectionId: Int64
    public var companyCode: String
    public var partyCode: String
    public var operation: Operation
    /// The company field; empty for an entry about the whole company (a link, an import).
    public var crmField: String
    public var erpField: String
    /// The side that was written.
    public var written: SyncSide
    public var oldValue: String
    public var newValue: String
    public var isConflict: Bool
    /// The value that lost the conflict.
    public var losingValue: String
    /// The user name of who ran the sync.
    public var user: String
    public var at: Date

    public init(
        id: Int64? = nil, connectionId: Int64, companyCode: String, partyCode: String, operation: Operation, crmField: String = "", erpField: String = "",
        written: SyncSide, oldValue: String = "", newValue: String = "", isConflict: Bool = false, losingValue: String = "", user: String, at: Date
    ) {
        self.id = id
        self.connectionId = connectionId
        self.companyCode = companyCode
        self.partyCode = partyCode
        self.operation = operation
        self.crmField = crmField
        self.erpField = erpField
        self.written = written
        self.oldValue = oldValue
        self.newValue = newValue
        self.isConflict = isConflict
        self.losingValue = losingValue
        self.user = user
        self.at = at
    }

    /// The entries recording `plan`'s changes to company `companyCode`.
    public static func entries(
        _ plan: SyncPlan, connectionId: Int64, companyCode: String, partyCode: String, operation: Operation, user: String, at: Date
    ) -> [SyncLogEntry] {
        plan.changes.map { outcome in
            SyncLogEntry(
                connectionId: connectionId, companyCode: companyCode, partyCode: partyCode, operation: operation,
                crmField: outcome.crmField.rawValue, erpField: outcome.erpField, written: outcome.writesERP ? .erp : .crm,
                oldValue: outcome.writesERP ? outcome.erpBefore : outcome.crmBefore, newValue: outcome.writesERP ? outcome.erpAfter : outcome.crmAfter,
                isConflict: outcome.action == .conflict, losingValue: outcome.losingValue ?? "", user: user, at: at)
        }
    }
}
