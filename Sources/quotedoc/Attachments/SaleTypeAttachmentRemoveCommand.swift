import ArgumentParser

/// `saletype attachment remove SALETYPE NAME`.
struct SaleTypeAttachmentRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a default attachment; quotes that have a copy keep it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The sale type.") var saleType: String
    @Argument(help: "The attachment's name.") var name: String

    func run() throws {
        try global.workflow().removeSaleTypeAttachment(saleTypeName: saleType, fileName: name)
        print("Sale type \(saleType) no longer attaches \(name) to new quotes.")
    }
}
