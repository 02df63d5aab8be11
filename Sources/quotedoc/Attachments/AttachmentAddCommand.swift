import ArgumentParser

/// `quotedoc attachment add NUMBER FILE`: attaches a file to the active version.
struct AttachmentAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Attach a file (at most 10 MiB) to the quote's active version.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.") var quote: String
    @Argument(help: "The file to attach.") var file: String

    @Option(help: ArgumentHelp("The attachment's name (default: the file's name).", valueName: "name")) var name: String?

    @Flag(help: "Keep it with the version but leave it out of the next send.") var exclude = false

    func run() throws {
        let (fileName, bytes) = try AttachmentFile.read(file, name: name)
        let attachment = try global.workflow().addAttachment(quoteNumber: quote, fileName: fileName, bytes: bytes, included: !exclude)
        try output.emit(AttachmentJSON(attachment)) {
            "Attached \(attachment.fileName) (\(attachment.mediaType), \(attachment.byteSize) bytes) to quote \(quote)\(exclude ? ", left out of the next send" : "")."
        }
    }
}
