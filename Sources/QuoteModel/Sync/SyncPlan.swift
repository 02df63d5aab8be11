/// What a sync does with one linked company: the outcome of each mapped field, and what that
/// writes on each side.
public struct SyncPlan: Sendable, Hashable, Codable {
    public var outcomes: [FieldOutcome]

    public init(outcomes: [FieldOutcome]) {
        self.outcomes = outcomes
    }

    /// The ERP fields to write, with their new values.
    public var erpWrites: [String: String] {
        Dictionary(outcomes.filter(\.writesERP).map { ($0.erpField, $0.erpAfter) }, uniquingKeysWith: { first, _ in first })
    }

    /// The company fields to write, with their new values.
    public var crmWrites: [(CompanyField, String)] { outcomes.filter(\.writesCRM).map { ($0.crmField, $0.crmAfter) } }

    /// The outcomes that change a side.
    public var changes: [FieldOutcome] { outcomes.filter(\.isChange) }
    public var conflicts: [FieldOutcome] { outcomes.filter { $0.action == .conflict } }
    public var problems: [FieldOutcome] { outcomes.filter { $0.action == .unmapped } }

    /// The base after the plan is carried out: `old` with every field whose values are known
    /// (an unmapped field keeps its old base).
    public func base(after old: [String: SyncBaseValue]) -> [String: SyncBaseValue] {
        var base = old
        for outcome in outcomes where outcome.action != .unmapped { base[outcome.erpField] = outcome.base }
        return base
    }

    /// `company` with quotedoc's side of the plan written.
    public func applied(to company: Company) -> Company {
        var company = company
        for (field, value) in crmWrites { field.set(value, in: &company) }
        return company
    }
}
