import Foundation
import QuoteModel
import StorageInterface

/// A quote's whole history: every version in full with its approval (who was asked, who
/// decided, what) and who moved it from state to state, and the sale activities about its
/// versions with their documents.
public struct QuoteHistory: Sendable, Hashable, Encodable {
    /// One recorded move of a version, with the acting associate's user name.
    public struct Move: Sendable, Hashable, Encodable {
        public let from: VersionState?
        public let to: VersionState
        public let by: String
        public let at: Date
        public let note: String
    }

    /// One version with the user names its approval refers to.
    public struct VersionEntry: Sendable, Hashable, Encodable {
        public let version: VersionWithAlternatives
        /// The user name of the associate asked to approve.
        public let requestedApprover: String?
        /// approved or rejected when a decision was recorded; nil when none was.
        public let decision: ApprovalOutcome?
        /// The user name of the associate who approved or rejected.
        public let decidedBy: String?
        /// The user name of the associate who entered the decision.
        public let registeredBy: String?
        /// Every recorded state change of the version, oldest first.
        public let moves: [Move]
    }

    /// What an approver decided.
    public enum ApprovalOutcome: String, Sendable, Hashable, Encodable {
        case approved
        case rejected
        /// Decided, but neither the state nor a recorded move tells which (data from before the
        /// state history was kept).
        case decided
    }

    public let quote: Quote
    public let sale: Sale
    /// Oldest first; the last is the active version.
    public let versions: [VersionEntry]
    /// Oldest first.
    public let activities: [ActivityRecord]
}

extension QuoteWorkflow {
    /// The history of quote `number`, read in one snapshot.
    public func history(quoteNumber: String) throws -> QuoteHistory {
        try storage.snapshot { store in
            let quote = try Self.quote(store, number: quoteNumber)
            let sale = try Self.sale(store, of: quote)
            let names = Dictionary(try store.associates().compactMap { associate in associate.id.map { ($0, associate.userName) } }) { first, _ in first }
            let moves = Dictionary(grouping: try store.stateChanges(quoteNumber: quoteNumber), by: \.quoteVersionId)
            let entries = try store.versions(of: quote).map { version in
                let versionMoves = (moves[version.id ?? 0] ?? []).map {
                    QuoteHistory.Move(from: $0.from, to: $0.to, by: names[$0.associateId] ?? "#\($0.associateId)", at: $0.at, note: $0.note)
                }
                return QuoteHistory.VersionEntry(
                    version: try store.tree(of: version),
                    requestedApprover: version.approval.requestedApproverId.flatMap { names[$0] },
                    decision: version.approval.approvedById == nil ? nil : Self.outcome(of: version, moves: versionMoves),
                    decidedBy: version.approval.approvedById.flatMap { names[$0] },
                    registeredBy: version.approval.registeredById.flatMap { names[$0] },
                    moves: versionMoves)
            }
            return QuoteHistory(quote: quote, sale: sale, versions: entries, activities: try store.activities(ActivityFilter(quoteNumber: quoteNumber)))
        }
    }

    /// What the recorded decision was: from the last recorded move to approved or notApproved,
    /// else from the state (a version that was sent or sold after a decision was approved).
    static func outcome(of version: QuoteVersion, moves: [QuoteHistory.Move]) -> QuoteHistory.ApprovalOutcome {
        if let decision = moves.last(where: { $0.to == .approved || $0.to == .notApproved }) {
            return decision.to == .approved ? .approved : .rejected
        }
        switch version.state == .archived ? version.archivedState : version.state {
        case .approved?, .sent?, .sold?: return .approved
        case .notApproved?: return .rejected
        default: return .decided
        }
    }
}
