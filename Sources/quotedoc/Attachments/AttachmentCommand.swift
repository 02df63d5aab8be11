import ArgumentParser

/// `quotedoc attachment`: files attached to a quote version and sent with its proposal.
struct AttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment",
        abstract: "Attach files to a quote's active version; included ones go out with the next send.",
        discussion: """
            Any file of at most 10 MiB. Only a version that can still be edited has its attachments \
            changed; a sent version keeps the ones it was sent with. Included attachments are written \
            into the sale's folder, attached to the --email message and archived with their SHA-256 \
            in the "quote sent" activity, so `document verify` checks them.
            """,
        subcommands: [
            AttachmentAddCommand.self, AttachmentListCommand.self, AttachmentRemoveCommand.self,
            AttachmentIncludeCommand.self, AttachmentExcludeCommand.self,
        ])
}
