import ArgumentParser

/// `quotedoc attachment include NUMBER NAME`: sends an attachment with the next send.
struct AttachmentIncludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "include", abstract: "Send an attachment with the next send.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quote number.") var quote: String
    @Argument(help: "The attachment's name.") var name: String

    func run() throws {
        try global.workflow().setAttachmentIncluded(quoteNumber: quote, fileName: name, included: true)
        print("\(name) goes out with the next send of quote \(quote).")
    }
}
