import ArgumentParser

/// `quotedoc approve NUMBER --comment T --as USER`: approves the active version.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve the active version of a quote (needs the approve right and --as USER or $QUOTEDOC_USER).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "The approval text.")
    var comment: String

    func validate() throws {
        try ApprovalDecision.requireActingUser(actor, verb: "approve")
    }

    func run() throws {
        try ApprovalDecision.run(quote: quote, approve: true, comment: comment, actor: actor, revision: revision, global: global, output: output)
    }
}
