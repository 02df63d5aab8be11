import ArgumentParser

/// `quotedoc approval`: asking for approval of a quote version whose warnings need it.
struct ApprovalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approval",
        abstract: "Ask an associate with the approve right to approve a quote version.",
        discussion: "The approver decides with `quotedoc approve` or `quotedoc reject`.",
        subcommands: [ApprovalRequestCommand.self])
}
