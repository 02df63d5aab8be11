import ArgumentParser

/// `quotedoc attachment exclude NUMBER NAME`: keeps an attachment but leaves it out of the next send.
struct AttachmentExcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "exclude", abstract: "Keep an attachment but leave it out of the next send.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quote number.") var quote: String
    @Argument(help: "The attachment's name.") var name: String

    func run() throws {
        try global.workflow().setAttachmentIncluded(quoteNumber: quote, fileName: name, included: false)
        print("\(name) stays with quote \(quote) but is left out of the next send.")
    }
}
