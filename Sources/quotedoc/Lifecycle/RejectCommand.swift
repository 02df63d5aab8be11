import ArgumentParser

/// `quotedoc reject NUMBER --comment T --as USER`: refuses the active version's approval.
struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject the active version of a quote (needs the approve right and --as USER or $QUOTEDOC_USER).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "Why the version is rejected.")
    var comment: String

    func validate() throws {
        try ApprovalDecision.requireActingUser(actor, verb: "reject")
    }

    func run() throws {
        try ApprovalDecision.run(quote: quote, approve: false, comment: comment, actor: actor, revision: revision, global: global, output: output)
    }
}
