import ArgumentParser
import QuoteModel

/// `quotedoc company edit CODE`: changes what is given of a customer company, keeps the rest.
struct CompanyEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a customer company.",
        discussion: """
            Only what is given changes; an empty text clears a field. --country is the country's English \
            name or ISO 3166-1 alpha-2 code; an unknown one is refused. --endpoint is where the company \
            receives electronic documents (needed for `order --profile peppol`), checked by its scheme: \
            0088 GLN, 0007 Swedish, 0192 Norwegian, 0184 Danish, 0208 Belgian, 0151 Australian numbers.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The company code.") var code: String

    @Option(help: ArgumentHelp("The company name.", valueName: "text")) var name: String?
    @OptionGroup var address: AddressPartOptions
    @Option(help: ArgumentHelp("Country: its English name (Germany, UK) or ISO 3166-1 alpha-2 code (DE, GB).", valueName: "text")) var country: String?
    @Option(help: ArgumentHelp("Switchboard phone number.", valueName: "text")) var phone: String?
    @Option(help: ArgumentHelp("Fax number.", valueName: "text")) var fax: String?
    @Option(help: ArgumentHelp("The company's general e-mail address.", valueName: "text")) var email: String?
    @Option(help: ArgumentHelp("VAT registration number with its country prefix (DE136695976).", valueName: "text")) var vatNumber: String?
    @Option(help: ArgumentHelp(EndpointArgument.help, valueName: "SCHEME:ID")) var endpoint: String?

    func validate() throws {
        let given: [String?] = [name, country, phone, fax, email, vatNumber, endpoint]
        if given.allSatisfy({ $0 == nil }), !address.isGiven { throw ValidationError("give at least one detail to change") }
    }

    func run() throws {
        let newEndpoint = try endpoint.map(EndpointArgument.parse)
        let (before, after) = try global.workflow().editCompany(code: code) { company in
            if let name { company.name = name }
            address.apply(to: &company.address)
            if let country { company.address.country = country }
            if let phone { company.phone = phone }
            if let fax { company.fax = fax }
            if let email { company.email = email }
            if let vatNumber { company.vatNumber = vatNumber }
            if let newEndpoint { company.endpoint = newEndpoint }
        }
        let changes: [(String, String, String)] = [
            ("Name", before.name, after.name), ("Street", before.address.street, after.address.street),
            ("Postal code", before.address.postalCode, after.address.postalCode), ("City", before.address.city, after.address.city),
            ("Region", before.address.region, after.address.region), ("Country", before.address.country, after.address.country),
            ("Phone", before.phone, after.phone), ("Fax", before.fax, after.fax), ("E-mail", before.email, after.email),
            ("VAT number", before.vatNumber, after.vatNumber),
            ("Endpoint", before.endpoint?.description ?? "none", after.endpoint?.description ?? "none"),
        ].filter { $0.1 != $0.2 }
        print("Changed company \(after.code) (\(after.name))" + (changes.isEmpty ? ": nothing differs." : ":"))
        for (field, old, new) in changes { print("  \(field): '\(old)' → '\(new)'") }
    }
}
