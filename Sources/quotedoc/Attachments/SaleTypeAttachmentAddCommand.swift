import ArgumentParser

/// `saletype attachment add SALETYPE FILE`.
struct SaleTypeAttachmentAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a default attachment (at most 10 MiB).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The sale type.") var saleType: String
    @Argument(help: "The file.") var file: String
    @Option(help: ArgumentHelp("The attachment's name (default: the file's name).", valueName: "name")) var name: String?

    func run() throws {
        let (fileName, bytes) = try AttachmentFile.read(file, name: name)
        let attachment = try global.workflow().addSaleTypeAttachment(saleTypeName: saleType, fileName: fileName, bytes: bytes)
        try output.emit(AttachmentJSON(attachment)) {
            "Sale type \(saleType) attaches \(attachment.fileName) (\(attachment.byteSize) bytes) to every new quote."
        }
    }
}
