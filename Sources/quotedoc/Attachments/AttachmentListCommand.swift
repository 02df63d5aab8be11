import ArgumentParser

/// `quotedoc attachment list NUMBER`: the attachments of a version.
struct AttachmentListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the attachments of a quote version.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.") var quote: String
    @Option(help: "The version (default: the active one).") var version: Int?

    func run() throws {
        let attachments = try global.workflow().attachments(quoteNumber: quote, version: version)
        try output.emit(attachments.map(AttachmentJSON.init)) {
            guard !attachments.isEmpty else { return "No attachments." }
            var table = TextTable([.left("Name"), .left("Type"), .right("Bytes"), .left("Sent"), .left("SHA-256")])
            for attachment in attachments {
                table.append([attachment.fileName, attachment.mediaType, "\(attachment.byteSize)", attachment.isIncluded ? "included" : "left out", attachment.sha256])
            }
            return table.rendered()
        }
    }
}
