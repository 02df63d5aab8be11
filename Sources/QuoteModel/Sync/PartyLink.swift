import Foundation

/// A customer company linked to one party of a sync connection's ERP, with the values both
/// sides had when they were last synced (the base a run tells changes by).
public struct PartyLink: Sendable, Hashable, Codable {
    public var id: Int64?
    public var companyId: Int64
    public var connectionId: Int64
    /// The party's key in the ERP (Tryton's party id).
    public var partyKey: String
    /// The party's code in the ERP, as last seen.
    public var partyCode: String
    /// The values of the last sync, by ERP field; empty until the first run after linking.
    public var base: [String: SyncBaseValue]
    public var linkedAt: Date
    /// When a run last brought the two sides in step; nil before the first.
    public var syncedAt: Date?

    public init(
        id: Int64? = nil, companyId: Int64, connectionId: Int64, partyKey: String, partyCode: String, base: [String: SyncBaseValue] = [:],
        linkedAt: Date, syncedAt: Date? = nil
    ) {
        self.id = id
        self.companyId = companyId
        self.connectionId = connectionId
        self.partyKey = partyKey
        self.partyCode = partyCode
        self.base = base
        self.linkedAt = linkedAt
        self.syncedAt = syncedAt
    }

    /// True before the first run: fields are merged by the first-link rules.
    public var isFirstSync: Bool { syncedAt == nil }
}

/// One field's values on both sides as of the last sync.
public struct SyncBaseValue: Sendable, Hashable, Codable {
    public var crm: String
    public var erp: String

    public init(crm: String, erp: String) {
        self.crm = crm
        self.erp = erp
    }
}
