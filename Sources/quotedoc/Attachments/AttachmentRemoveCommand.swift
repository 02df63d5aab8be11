import ArgumentParser

/// `quotedoc attachment remove NUMBER NAME`: removes an attachment from the active version.
struct AttachmentRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an attachment from the quote's active version.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quote number.") var quote: String
    @Argument(help: "The attachment's name.") var name: String

    func run() throws {
        try global.workflow().removeAttachment(quoteNumber: quote, fileName: name)
        print("Removed \(name) from quote \(quote).")
    }
}
