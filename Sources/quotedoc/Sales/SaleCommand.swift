import ArgumentParser

/// `quotedoc sale`: the sales (opportunities) that quotes belong to.
struct SaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sale",
        abstract: "List, show and add sales.",
        subcommands: [SaleListCommand.self, SaleShowCommand.self, SaleAddCommand.self])
}
