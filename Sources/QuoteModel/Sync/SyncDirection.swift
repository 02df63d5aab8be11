/// Which way a mapped field flows between quotedoc (the CRM) and the ERP.
public enum SyncDirection: String, CaseIterable, Sendable, Codable {
    /// A change on either side is copied to the other.
    case both
    /// quotedoc's value is copied to the ERP; the ERP's changes are not copied back.
    case toERP = "to-erp"
    /// The ERP's value is copied to quotedoc; quotedoc's changes are not copied out.
    case toCRM = "to-crm"
    /// Not synced.
    case none

    /// True when quotedoc's changes are copied to the ERP.
    public var writesERP: Bool { self == .both || self == .toERP }
    /// True when the ERP's changes are copied to quotedoc.
    public var writesCRM: Bool { self == .both || self == .toCRM }
}

/// One side of a sync: quotedoc (the CRM) or the ERP.
public enum SyncSide: String, CaseIterable, Sendable, Codable {
    case crm
    case erp

    /// How the side is named in messages.
    public var label: String { self == .crm ? "quotedoc" : "the ERP" }
}
