import ArgumentParser
import QuoteModel

/// `quotedoc product retire CODE`: out of the assortment.
struct ProductRetireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire",
        abstract: "Take a product out of the assortment (discontinued).",
        discussion: "It stays in its price list; quotes that have it get a \"not in the assortment\" warning, so sending them needs approval. `product restore` puts it back.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The product code.")
    var code: String
    @Option(help: ArgumentHelp("The price list, when the code is in several.", valueName: "name"))
    var pricelist: String?

    func run() throws {
        let product = try global.workflow().setInAssortment(false, code: code, priceListName: pricelist)
        print("Product \(product.code) '\(product.name)' is out of the assortment.")
    }
}

/// `quotedoc product restore CODE`: back in the assortment.
struct ProductRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Put a retired product back in the assortment.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The product code.")
    var code: String
    @Option(help: ArgumentHelp("The price list, when the code is in several.", valueName: "name"))
    var pricelist: String?

    func run() throws {
        let product = try global.workflow().setInAssortment(true, code: code, priceListName: pricelist)
        print("Product \(product.code) '\(product.name)' is back in the assortment.")
    }
}
