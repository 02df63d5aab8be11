import ArgumentParser
import Foundation
import QuoteModel

/// `quotedoc company own edit`: changes what is given of our own company, keeps the rest.
struct OwnCompanyEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change our own company.",
        discussion: """
            Only what is given changes. --country is an ISO 3166 alpha-2 code (SE, GB, US), as UBL needs it. \
            The logo is checked by its content: a PNG, JPEG or GIF picture of at most 1 MiB; every document \
            prints it in its header.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Our company's name.", valueName: "text")) var name: String?
    @OptionGroup var address: AddressPartOptions
    @Option(help: ArgumentHelp("Country, as an ISO 3166 alpha-2 code.", valueName: "XX")) var country: String?
    @Option(help: ArgumentHelp("VAT registration number.", valueName: "text")) var vatNumber: String?
    @Option(help: ArgumentHelp("Phone number.", valueName: "text")) var phone: String?
    @Option(help: ArgumentHelp("E-mail address.", valueName: "text")) var email: String?
    @Option(help: ArgumentHelp("Website.", valueName: "text")) var website: String?
    @Option(help: ArgumentHelp(EndpointArgument.help, valueName: "SCHEME:ID")) var endpoint: String?

    @Option(help: ArgumentHelp("A picture file (PNG, JPEG or GIF, at most 1 MiB) printed in every document's header.", valueName: "file"))
    var logo: String?

    @Flag(help: "Remove the logo.")
    var noLogo = false

    func validate() throws {
        if logo != nil, noLogo { throw ValidationError("give --logo or --no-logo, not both") }
        let given: [Any?] = [name, country, vatNumber, phone, email, website, logo, endpoint]
        if given.allSatisfy({ $0 == nil }), !address.isGiven, !noLogo { throw ValidationError("give at least one detail to change") }
    }

    func run() throws {
        let logoBytes = try logo.map { path throws(CommandFailure) -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the logo file \(path)") }
            return Array(data)
        }
        let company = try global.workflow().editOwnCompany { company in
            if let name { company.name = name }
            address.apply(to: &company.address)
            if let country { try company.setCountry(country) }
            if let vatNumber { company.vatNumber = vatNumber }
            if let phone { company.phone = phone }
            if let email { company.email = email }
            if let website { company.website = website }
            if let logo, let logoBytes { try company.setLogo(logoBytes, from: logo) }
            if noLogo { company.logo = nil }
            if let endpoint { company.endpoint = try EndpointArgument.parse(endpoint) }
        }
        try output.emit(OwnCompanyJSON(company)) { "Changed our own company.\n" + OwnCompanyShowCommand.text(company) }
    }
}
