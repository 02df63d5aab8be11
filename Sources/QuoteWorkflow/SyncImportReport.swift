import QuoteModel

/// What an import from the ERP did, or would do in a dry run, party by party.
public struct SyncImportReport: Sendable {
    /// What happened to one party.
    public enum Outcome: Sendable {
        /// Linked to the existing company, found by the key.
        case linked(company: Company, by: PartyMatch.Key)
        /// Made a new company (with the values that could not be mapped named).
        case added(company: Company, problems: [String])
        /// Several companies match: nothing done.
        case ambiguous(companies: [Company], by: PartyMatch.Key)
        /// Not imported, and why.
        case skipped(reason: String)
    }

    public var connection: String
    public var isDryRun: Bool
    public var parties: [(party: ERPParty, outcome: Outcome)]
    /// Parties linked before this import, left as they are.
    public var alreadyLinked: Int

    public var linkedCount: Int { parties.filter { if case .linked = $0.outcome { true } else { false } }.count }
    public var addedCount: Int { parties.filter { if case .added = $0.outcome { true } else { false } }.count }
    /// Ambiguous and skipped parties.
    public var leftAloneCount: Int { parties.count - linkedCount - addedCount }
}
