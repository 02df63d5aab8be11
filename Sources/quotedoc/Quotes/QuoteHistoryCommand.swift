import ArgumentParser
import Foundation
import QuoteModel
import QuoteWorkflow
import StorageInterface

/// `quotedoc quote history NUMBER`: every version of a quote with its state, dates and
/// approval, then the activities about it with their documents and hashes.
struct QuoteHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show a quote's versions (states, dates, approvals) and its activities with their documents.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var number: String

    /// One version as the history shows it.
    struct VersionJSON: Encodable {
        struct ApprovalJSON: Encodable {
            let requestedApprover: String?
            let requestComment: String
            /// approved, rejected, or decided (when the state no longer tells which).
            let decision: String?
            let decidedBy: String?
            let registeredBy: String?
            let registeredAt: Date?
            let text: String
        }

        let rank: Int
        let state: VersionState
        /// The state as shown on the day: a sent version past its expiration is `sentExpired`.
        let displayState: String
        let archivedState: VersionState?
        let status: ValidationStatus
        let reason: String
        let sentDate: LocalDate?
        let expirationDate: LocalDate?
        let favourite: String?
        let favouriteTotalPrice: ExactDecimal?
        let approval: ApprovalJSON?
        /// Every recorded state change, with who made it.
        let moves: [QuoteHistory.Move]
    }

    /// What `--json` prints.
    struct HistoryJSON: Encodable {
        let quote: String
        let sale: String
        let saleStatus: SaleStatus
        let currency: Currency
        let today: LocalDate
        let versions: [VersionJSON]
        let activities: [ActivityRecord]
    }

    func run() throws {
        let history = try global.workflow().history(quoteNumber: number)
        let today = LocalDate.today
        let versions = history.versions.map { Self.json($0, today: today) }
        let json = HistoryJSON(
            quote: history.quote.number, sale: history.sale.number, saleStatus: history.sale.status, currency: history.sale.currency,
            today: today, versions: versions, activities: history.activities)
        try output.emit(json) { Self.text(json) }
    }

    static func json(_ entry: QuoteHistory.VersionEntry, today: LocalDate) -> VersionJSON {
        let version = entry.version.version
        let approval = version.approval
        let asked = approval.requestedApproverId != nil || !approval.requestComment.isEmpty
        let decided = approval.approvedById != nil
        return VersionJSON(
            rank: version.rank, state: version.state, displayState: VersionLifecycle.displayState(version, today: today),
            archivedState: version.archivedState, status: version.status, reason: version.reason, sentDate: version.sentDate,
            expirationDate: version.expirationDate, favourite: entry.version.favourite?.alternative.name,
            favouriteTotalPrice: entry.version.favourite?.alternative.totalPrice,
            approval: asked || decided
                ? .init(requestedApprover: entry.requestedApprover, requestComment: approval.requestComment,
                        decision: entry.decision?.rawValue, decidedBy: entry.decidedBy, registeredBy: entry.registeredBy,
                        registeredAt: approval.registeredAt, text: approval.approvalText)
                : nil,
            moves: entry.moves)
    }

    static func text(_ history: HistoryJSON) -> String {
        var lines = ["Quote \(history.quote) on sale \(history.sale) (\(history.saleStatus.rawValue)), \(history.currency.code), as of \(history.today)"]
        for version in history.versions {
            var state = version.displayState
            if let archived = version.archivedState { state += " (was \(archived.rawValue))" }
            lines.append("")
            lines.append("Version \(version.rank): \(state), status \(version.status.rawValue)")
            if let sent = version.sentDate {
                lines.append("  Sent:      \(sent)" + (version.expirationDate.map { ", valid to \($0)" } ?? ""))
            } else if let expiration = version.expirationDate {
                lines.append("  Valid to:  \(expiration)")
            }
            if let favourite = version.favourite {
                lines.append("  Favourite: \(favourite), total \(version.favouriteTotalPrice?.amount(in: history.currency) ?? "")")
            }
            if let approval = version.approval {
                if approval.requestedApprover != nil || !approval.requestComment.isEmpty {
                    lines.append("  Approval requested from \(approval.requestedApprover ?? "nobody")"
                        + (approval.requestComment.isEmpty ? "" : ": \(approval.requestComment)"))
                }
                if let decision = approval.decision, let decidedBy = approval.decidedBy {
                    var line = "  \(decision.prefix(1).uppercased() + decision.dropFirst()) by \(decidedBy)"
                    if let at = approval.registeredAt { line += ", \(at.formatted(.iso8601))" }
                    if let registeredBy = approval.registeredBy, registeredBy != decidedBy { line += ", registered by \(registeredBy)" }
                    if !approval.text.isEmpty { line += ": \(approval.text)" }
                    lines.append(line)
                }
            }
            for move in version.moves {
                lines.append("  \(move.from?.rawValue ?? "created") → \(move.to.rawValue) by \(move.by), \(move.at.formatted(.iso8601))"
                    + (move.note.isEmpty ? "" : ": \(move.note)"))
            }
            for reason in version.reason.split(separator: "\n") {
                lines.append("  \(reason)")
            }
        }
        lines.append("")
        lines.append(history.activities.isEmpty ? "No activities." : "Activities:")
        for record in history.activities {
            lines.append(ActivityText.describe(record))
        }
        return lines.joined(separator: "\n")
    }
}
