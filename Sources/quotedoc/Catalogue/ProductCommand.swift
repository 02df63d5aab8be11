import ArgumentParser

/// `quotedoc product`: the products of the price lists.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product",
        abstract: "List, show, add, edit, import, retire, restore and remove products.",
        subcommands: [
            ProductListCommand.self, ProductShowCommand.self, ProductAddCommand.self, ProductEditCommand.self, ProductImportCommand.self,
            ProductRetireCommand.self, ProductRestoreCommand.self, ProductRemoveCommand.self, ProductImageCommand.self,
        ])
}
