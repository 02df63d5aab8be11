import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc sale add`: a new open sale for a company, owned by an associate.
struct SaleAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an open sale.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The sale number (unique).")
    var number: String

    @Option(help: "What is being sold.")
    var title: String

    @Option(help: ArgumentHelp("The customer's company code.", valueName: "code"))
    var company: String

    @Option(help: ArgumentHelp("The user name of the associate who owns the sale.", valueName: "user-name"))
    var owner: String

    @Option(help: ArgumentHelp("The contact person's id (see `quotedoc company show`).", valueName: "id"))
    var personId: Int64?

    @Option(help: ArgumentHelp("The sale type.", valueName: "name"))
    var type = "Standard"

    @Option(help: ArgumentHelp("The ISO 4217 currency the sale is quoted in.", valueName: "code"))
    var currency = Currency.usd

    @Option(help: ArgumentHelp("The sale date (default: today).", valueName: "yyyy-mm-dd"))
    var date: LocalDate?

    func validate() throws {
        if number.isEmpty { throw ValidationError("--number must not be empty") }
    }

    func run() throws {
        let (sale, customer) = try global.workflow().addSale(
            number: number, title: title, ownerUserName: owner, companyCode: company, personId: personId, saleTypeName: type,
            currency: currency, date: date ?? .today)
        print("Added sale \(sale.number) for \(customer.name), dated \(sale.date), in \(sale.currency).")
    }
}
