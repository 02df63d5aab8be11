/// What a sync does with one mapped field of one linked company: the values before and after
/// on both sides, and why.
public struct FieldOutcome: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Codable {
        /// Both sides agree, or nothing that may be copied changed.
        case inStep = "in-step"
        /// quotedoc's value is copied to the ERP.
        case toERP = "to-erp"
        /// The ERP's value is copied to quotedoc.
        case toCRM = "to-crm"
        /// The field changed on both sides; the winner's value is copied to the other side.
        case conflict
        /// A list value with no mapping: nothing is written, the value is reported.
        case unmapped
    }

    public var crmField: CompanyField
    public var erpField: String
    public var action: Action
    public var crmBefore: String
    public var erpBefore: String
    public var crmAfter: String
    public var erpAfter: String
    /// The side whose value was kept, for a conflict.
    public var winner: SyncSide?
    /// The value that lost a conflict, as its side had it.
    public var losingValue: String?
    /// Why nothing was written, for an unmapped value.
    public var problem: String?

    /// True when quotedoc's value changes.
    public var writesCRM: Bool { crmAfter != crmBefore }
    /// True when the ERP's value changes.
    public var writesERP: Bool { erpAfter != erpBefore }
    /// True when either side changes.
    public var isChange: Bool { writesCRM || writesERP }

    /// The base the next run compares with: both values after this one.
    public var base: SyncBaseValue { SyncBaseValue(crm: crmAfter, erp: erpAfter) }
}
