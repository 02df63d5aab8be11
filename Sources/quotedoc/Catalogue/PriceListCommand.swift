import ArgumentParser

/// `quotedoc pricelist`: price lists, each in one currency.
struct PriceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pricelist",
        abstract: "List, show, add, edit, copy and export price lists.",
        subcommands: [
            PriceListListCommand.self, PriceListShowCommand.self, PriceListAddCommand.self, PriceListEditCommand.self, PriceListCopyCommand.self,
            PriceListExportCommand.self,
        ])
}
