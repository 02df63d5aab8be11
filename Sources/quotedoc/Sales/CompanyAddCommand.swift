import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc company add`: a customer company, optionally with its first contact person.
struct CompanyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a company, optionally with a contact.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "A short unique code (ALFKI).")
    var code: String
    @Option(help: "The company name.")
    var name: String

    @Option(help: ArgumentHelp("Street address.", valueName: "text")) var street = ""
    @Option(help: ArgumentHelp("City.", valueName: "text")) var city = ""
    @Option(help: ArgumentHelp("Region or state.", valueName: "text")) var region = ""
    @Option(help: ArgumentHelp("Postal code.", valueName: "text")) var postalCode = ""
    @Option(help: ArgumentHelp("Country: its English name (Germany, UK) or ISO 3166-1 alpha-2 code (DE, GB).", valueName: "text")) var country = ""
    @Option(help: ArgumentHelp(EndpointArgument.help, valueName: "SCHEME:ID")) var endpoint: String?
    @Option(help: ArgumentHelp("Switchboard phone number.", valueName: "text")) var phone = ""
    @Option(help: ArgumentHelp("Fax number.", valueName: "text")) var fax = ""
    @Option(help: ArgumentHelp("The company's general e-mail address.", valueName: "text")) var email = ""
    @Option(help: ArgumentHelp("VAT registration number with its country prefix (DE136695976).", valueName: "text")) var vatNumber = ""

    @Option(help: ArgumentHelp("A contact person's name: first name, a space, last name.", valueName: "first last"))
    var contact: String?
    @Option(help: ArgumentHelp("The contact's job title.", valueName: "text")) var contactTitle = ""
    @Option(help: ArgumentHelp("The contact's email address.", valueName: "text")) var contactEmail = ""
    @Option(help: ArgumentHelp("The contact's phone number.", valueName: "text")) var contactPhone = ""

    func validate() throws {
        if code.isEmpty { throw ValidationError("--code must not be empty") }
        if contact == nil, !(contactTitle + contactEmail + contactPhone).isEmpty {
            throw ValidationError("--contact-title, --contact-email and --contact-phone need --contact")
        }
    }

    func run() throws {
        let address = PostalAddress(street: street, city: city, region: region, postalCode: postalCode, country: country)
        let person = contact.map { name in
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            return Person(
                companyId: 0, firstName: parts.first ?? "", lastName: parts.count > 1 ? parts[1] : "",
                title: contactTitle, email: contactEmail, phone: contactPhone)
        }
        let added = try global.workflow().addCompany(
            Company(code: code, name: name, address: address, phone: phone, fax: fax, email: email, vatNumber: vatNumber, endpoint: try endpoint.flatMap(EndpointArgument.parse)), contact: person)
        let contactText = added.contact.map { " with contact \($0.fullName) (id \($0.id!))" } ?? ""
        print("Added company \(added.company.code) (\(added.company.name))\(contactText).")
    }
}
