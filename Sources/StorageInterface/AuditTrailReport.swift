/// What checking the audit trail's hash chains (sale activities and archived documents) found.
///
/// A hash chain shows a row changed, deleted or inserted anywhere but at the end. On its own it
/// cannot show rows deleted at the end (the shorter chain is whole), nor a forger who changes a
/// row and recomputes every hash after it (the hash has no secret); compare ``heads`` noted down
/// earlier, away from the database, to catch both. A row whose own hash was recomputed shows as
/// a problem at the row after it.
public struct AuditTrailReport: Sendable, Hashable, Codable {
    /// Every problem found, table by table, in id order; empty when the chains hold.
    public let problems: [AuditProblem]
    /// The end of each chain as it is now, one per table: worth noting down.
    public let heads: [AuditChainHead]

    public init(problems: [AuditProblem], heads: [AuditChainHead]) {
        self.problems = problems
        self.heads = heads
    }

    /// True when no problem was found.
    public var isClean: Bool { problems.isEmpty }
}
