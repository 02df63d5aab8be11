import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc approval request NUMBER --approver USER --comment T`: sends the active version,
/// which needs approval, to an associate who may approve quotes.
struct ApprovalRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Ask an associate to approve the active version of a quote.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: ArgumentHelp("The user name of the associate asked to approve.", valueName: "user"))
    var approver: String

    @Option(help: "Why the quote should be approved.")
    var comment: String

    func validate() throws {
        if approver.isEmpty { throw ValidationError("--approver needs a user name") }
    }

    func run() throws {
        let workflow = try global.workflow()
        let version = try workflow.requestApproval(quoteNumber: quote, approver: approver, comment: comment, acting: actor.acting)
        let approverAssociate = try workflow.associate(userName: approver)
        try output.emit(version) {
            "Quote \(quote) version \(version.rank): approval requested from \(approverAssociate.name) (\(approver)), \(version.state.rawValue)"
                + (comment.isEmpty ? "" : "\n  \(comment)")
        }
    }
}
