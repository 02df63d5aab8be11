import ArgumentParser
import QuoteModel

/// `quotedoc company list`: every company, by name.
struct CompanyListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List companies by name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let companies = try global.workflow().companies()
        try output.emit(companies) { Self.table(companies) }
    }

    static func table(_ companies: [Company]) -> String {
        var table = TextTable([.left("Code"), .left("Name"), .left("City"), .left("Country"), .left("Phone")])
        for company in companies {
            table.append([company.code, company.name, company.address.city, company.address.country, company.phone])
        }
        return table.rendered()
    }
}
