import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// What `quotedoc approve` and `quotedoc reject` share: the decision is always made by an
/// explicitly named associate (`--as USER` or $QUOTEDOC_USER), never in the sale owner's name.
enum ApprovalDecision {
    /// The usage error when no acting user is given.
    static func requireActingUser(_ actor: ActorOptions, verb: String) throws(ValidationError) {
        guard actor.user != nil else {
            throw ValidationError("to \(verb) a quote, say who you are: pass --as USER or set QUOTEDOC_USER (a decision is never made in the sale owner's name)")
        }
    }

    static func run(quote: String, approve: Bool, comment: String, actor: ActorOptions, revision: RevisionOptions, global: GlobalOptions, output: OutputOptions) throws {
        guard let user = actor.user else { try requireActingUser(actor, verb: approve ? "approve" : "reject"); return }
        let workflow = try global.workflow()
        let version = try workflow.decide(
            quoteNumber: quote, approve: approve, approver: user, comment: comment, acting: actor.acting(ifRevision: revision.expected))
        let approver = try workflow.associate(userName: user)
        try output.emit(version) {
            "Quote \(quote) version \(version.rank) \(approve ? "approved" : "rejected") by \(approver.name) (\(user)), \(version.state.rawValue)"
                + (comment.isEmpty ? "" : "\n  \(comment)")
        }
    }
}
