import ArgumentParser

/// `quotedoc saletype attachment`: a sale type's default attachments, copied onto new quotes.
struct SaleTypeAttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment",
        abstract: "A sale type's default attachments (its terms, a brochure): every new quote of the sale type gets them, included.",
        subcommands: [Add.self, List.self, Remove.self])

    /// `saletype attachment add SALETYPE FILE`.
    struct Add: ParsableCommand {
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

    /// `saletype attachment list SALETYPE`.
    struct List: ParsableCommand {
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

    /// `saletype attachment remove SALETYPE NAME`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a default attachment; quotes that have a copy keep it.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The sale type.") var saleType: String
        @Argument(help: "The attachment's name.") var name: String

        func run() throws {
            try global.workflow().removeSaleTypeAttachment(saleTypeName: saleType, fileName: name)
            print("Sale type \(saleType) no longer attaches \(name) to new quotes.")
        }
    }
}
