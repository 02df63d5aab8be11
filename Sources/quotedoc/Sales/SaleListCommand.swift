import ArgumentParser
import QuoteModel
import StorageInterface
import QuoteStore

/// `quotedoc sale list`: sales by number, optionally filtered.
struct SaleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List sales by number.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only sales with this status.")
    var status: SaleStatus?

    @Option(help: ArgumentHelp("Only sales of the company with this code.", valueName: "code"))
    var company: String?

    func run() throws {
        let sales = try global.workflow().sales(status: status, companyCode: company)
        try output.emit(sales) { Self.table(sales) }
    }

    static func table(_ sales: [SaleSummary]) -> String {
        var table = TextTable([
            .left("Number"), .left("Date"), .left("Status"), .left("Company"), .left("Title"), .left("Owner"),
            .right("Amount"), .left("Currency"), .left("Quote"),
        ])
        for summary in sales {
            let sale = summary.sale
            table.append([
                sale.number, sale.date.description, sale.status.rawValue, summary.companyCode, sale.title,
                summary.ownerUserName, sale.amount.amount(in: sale.currency), sale.currency.code, summary.quoteNumber ?? "",
            ])
        }
        return table.rendered()
    }
}
