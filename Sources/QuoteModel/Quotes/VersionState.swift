/// The state of a quote version (SuperOffice's QuoteVersionState).
public enum VersionState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being edited; the only state in which lines and alternatives may change.
    case draft
    /// Validation found something a person with the approve right must accept.
    case needsApproval
    /// Approved; may be sent.
    case approved
    /// Approval refused.
    case notApproved
    /// Sent to the customer: frozen and legally binding.
    case sent
    /// Superseded by a newer version; ``QuoteVersion/archivedState`` keeps the state it had.
    case archived
    /// The customer declined.
    case lost
    /// The customer accepted and the order was placed.
    case sold

    /// True in the states where lines, alternatives and details may be edited.
    public var isEditable: Bool {
        switch self {
        case .draft, .needsApproval, .approved, .notApproved: true
        case .sent, .archived, .lost, .sold: false
        }
    }
}
