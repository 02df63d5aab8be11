import ArgumentParser
import QuoteModel

/// `quotedoc product image set|remove`: a product's picture, shown on documents.
struct ProductImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Set or remove a product's picture.",
        subcommands: [ProductImageSetCommand.self, ProductImageRemoveCommand.self])
}

/// `quotedoc product image set CODE FILE`.
struct ProductImageSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Store a PNG, JPEG or GIF (at most 1 MiB, checked by content) as the product's picture.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The product code.")
    var code: String

    @Argument(help: "The picture file.")
    var file: String

    @Option(help: "The price list, when the code is in several.")
    var pricelist: String?

    func run() throws {
        let image = try ProductImageFile.read(file)
        let product = try global.workflow().editProduct(code: code, priceListName: pricelist) { $0.image = image }
        print("Stored a \(image.mediaType) picture of \(image.bytes.count) bytes for product \(product.code) '\(product.name)'.")
    }
}

/// `quotedoc product image remove CODE`.
struct ProductImageRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove the product's picture.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The product code.")
    var code: String

    @Option(help: "The price list, when the code is in several.")
    var pricelist: String?

    func run() throws {
        let product = try global.workflow().editProduct(code: code, priceListName: pricelist) { $0.image = nil }
        print("Removed the picture of product \(product.code) '\(product.name)'.")
    }
}
