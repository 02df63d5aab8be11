import ArgumentParser

/// `saletype attachment list SALETYPE`.
struct SaleTypeAttachmentListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a sale type's default attachments.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The sale type.") var saleType: String

    func run() throws {
        let attachments = try global.workflow().saleTypeAttachments(saleTypeName: saleType)
        try output.emit(attachments.map(AttachmentJSON.init)) {
            guard !attachments.isEmpty else { return "Sale type \(saleType) has no default attachments." }
            var table = TextTable([.left("Name"), .left("Type"), .right("Bytes"), .left("SHA-256")])
            for attachment in attachments { table.append([attachment.fileName, attachment.mediaType, "\(attachment.byteSize)", attachment.sha256]) }
            return table.rendered()
        }
    }
}
