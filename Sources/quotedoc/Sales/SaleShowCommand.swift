import ArgumentParser
import StorageInterface

/// `quotedoc sale show NUMBER`: one sale with its company, contact, owner, type and quote.
struct SaleShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one sale.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The sale number.")
    var number: String

    func run() throws {
        let detail = try global.workflow().sale(number: number)
        try output.emit(detail) { Self.text(detail) }
    }

    static func text(_ detail: SaleDetail) -> String {
        let sale = detail.sale
        return "Sale \(sale.number): \(sale.title)\n" + fieldList([
            ("Status", sale.status.rawValue),
            ("Date", sale.date.description),
            ("Type", detail.saleType.name),
            ("Company", "\(detail.company.name) (\(detail.company.code))"),
            ("Contact", detail.person.map { person in person.fullName + (person.id.map { " (id \($0))" } ?? "") } ?? ""),
            ("Owner", "\(detail.owner.name) (\(detail.owner.userName))"),
            ("Amount", "\(sale.amount.amount(in: sale.currency)) \(sale.currency.code)"),
            ("Quote", detail.quote?.number ?? "none yet (create one with `quotedoc quote new --sale \(sale.number)`)"),
        ])
    }
}
