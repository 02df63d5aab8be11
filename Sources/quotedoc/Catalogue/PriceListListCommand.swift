import ArgumentParser
import StorageInterface

/// `quotedoc pricelist list`: every price list with its product count.
struct PriceListListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List price lists by name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let lists = try global.workflow().priceLists()
        try output.emit(lists) { Self.table(lists) }
    }

    static func table(_ lists: [PriceListSummary]) -> String {
        var table = TextTable([
            .left("Name"), .left("Currency"), .left("Valid from"), .left("Valid to"), .left("Active"),
            .right("Products"), .left("Description"),
        ])
        for summary in lists {
            let list = summary.priceList
            table.append([
                list.name, list.currency.code, list.validFrom?.description ?? "", list.validTo?.description ?? "",
                yes(list.isActive), String(summary.productCount), list.description,
            ])
        }
        return table.rendered()
    }
}
