import ArgumentParser
import QuoteModel

/// `quotedoc saletype add NAME`: a new sale type; its templates are checked in the templates folder.
struct SaleTypeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a sale type.",
        discussion: """
            Defaults: valid 30 days, alternatives on, no limits, templates proposal and order-confirmation, \
            no culture of its own. The templates must be in the templates folder and compile.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var rules: SaleTypeOptions

    @Argument(help: "The sale type's name.")
    var name: String

    func run() throws {
        var saleType = SaleType(name: name)
        rules.apply(to: &saleType)
        let added = try global.workflow().addSaleType(saleType, templates: try folders.library())
        try output.emit(added) { "Added sale type \(added.name).\n" + SaleTypeListCommand.table([added]) }
    }
}
