import ArgumentParser

/// `quotedoc product`: the products of the price lists.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product",
        abstract: "List, show, add and import products.",
        subcommands: [ProductListCommand.self, ProductShowCommand.self, ProductAddCommand.self, ProductImportCommand.self, ProductImageCommand.self])
}
