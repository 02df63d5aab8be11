import QuoteModel

/// What a sync run (or a resync) did, or would do in a dry run, company by company.
public struct SyncRunReport: Sendable {
    /// One linked company: its plan, or why it was not synced.
    public struct CompanyResult: Sendable {
        public var companyCode: String
        public var companyName: String
        public var partyCode: String
        /// The plan carried out (or, in a dry run, that would be); nil when the company failed.
        public var plan: SyncPlan?
        /// Why the company was not synced: its party is gone, the ERP refused a value, …
        public var failure: String?
    }

    public var connection: String
    public var isDryRun: Bool
    public var results: [CompanyResult]
    /// When the ERP stopped answering part way: the reason; the companies before it are synced.
    public var stoppedBy: String?

    /// The field changes, on either side.
    public var changeCount: Int { results.reduce(0) { $0 + ($1.plan?.changes.count ?? 0) } }
    public var conflictCount: Int { results.reduce(0) { $0 + ($1.plan?.conflicts.count ?? 0) } }
    /// The companies not synced and the values with no mapping.
    public var problemCount: Int { results.reduce(0) { $0 + ($1.failure == nil ? 0 : 1) + ($1.plan?.problems.count ?? 0) } }
}
