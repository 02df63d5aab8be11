import ArgumentParser
import QuoteModel
import QuoteStore

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
        let database = try global.openDatabase()
        let product = try database.product(code: code, in: pricelist.map { try database.priceList(named: $0) })
        let image = try ProductImageFile.read(file)
        try database.setImage(image, productId: product.id!)
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
        let database = try global.openDatabase()
        let product = try database.product(code: code, in: pricelist.map { try database.priceList(named: $0) })
        try database.setImage(nil, productId: product.id!)
        print("Removed the picture of product \(product.code) '\(product.name)'.")
    }
}
