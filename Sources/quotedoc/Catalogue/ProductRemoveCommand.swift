import ArgumentParser
import QuoteModel
import QuoteWorkflow

/// `quotedoc product remove CODE`: out of its price list for good.
struct ProductRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a product from its price list.",
        discussion: "Quote lines copied from it keep their copies (their versions get a warning if still drafts). Its code is free for a new product; `product retire` keeps a product listed but out of the assortment instead.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The product code.")
    var code: String
    @Option(help: ArgumentHelp("The price list, when the code is in several.", valueName: "name"))
    var pricelist: String?

    func run() throws {
        let (product, removal) = try global.workflow().removeProduct(code: code, priceListName: pricelist)
        switch removal {
        case .deleted: print("Removed product \(product.code) '\(product.name)'.")
        case .markedRemoved: print("Removed product \(product.code) '\(product.name)'; the quote lines copied from it keep their copies.")
        }
    }
}
