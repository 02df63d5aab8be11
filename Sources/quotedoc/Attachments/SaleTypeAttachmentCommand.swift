import ArgumentParser

/// `quotedoc saletype attachment`: a sale type's default attachments, copied onto new quotes.
struct SaleTypeAttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment",
        abstract: "A sale type's default attachments (its terms, a brochure): every new quote of the sale type gets them, included.",
        subcommands: [SaleTypeAttachmentAddCommand.self, SaleTypeAttachmentListCommand.self, SaleTypeAttachmentRemoveCommand.self])
}
