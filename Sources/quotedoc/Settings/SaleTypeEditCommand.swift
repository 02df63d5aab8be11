import ArgumentParser
import QuoteModel

/// `quotedoc saletype edit NAME`: changes a sale type's name or rules; the others are kept.
struct SaleTypeEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a sale type.",
        discussion: "Only what is given changes. A new template must be in the templates folder and compile.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rules: SaleTypeOptions

    @Argument(help: "The sale type's name.")
    var name: String

    @Option(name: .customLong("name"), help: ArgumentHelp("A new name.", valueName: "text"))
    var newName: String?

    func run() throws {
        let templates = rules.namesTemplates ? try folders.library() : nil
        let edited = try global.workflow().editSaleType(named: name, templates: templates) { saleType in
            if let newName { saleType.name = newName }
            rules.apply(to: &saleType)
        }
        try output.emit(edited) { "Changed sale type \(edited.name).\n" + SaleTypeListCommand.table([edited]) }
    }
}
