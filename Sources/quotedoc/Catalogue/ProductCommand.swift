import ArgumentParser

/// `quotedoc product`: the products of the price lists.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product",
        abstract: "List, show and add products.",
        subcommands: [ProductListCommand.self, ProductShowCommand.self, ProductAddCommand.self, ProductImageCommand.self])
}
