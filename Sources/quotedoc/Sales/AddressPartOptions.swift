import ArgumentParser
import QuoteModel

/// The street, postal code, city and region options of the commands that change a company's
/// address; each one given replaces that part, the others are kept. The country is each
/// command's own: it is checked differently for our company and for a customer.
struct AddressPartOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Street address.", valueName: "text")) var street: String?
    @Option(help: ArgumentHelp("Postal code.", valueName: "text")) var postalCode: String?
    @Option(help: ArgumentHelp("City.", valueName: "text")) var city: String?
    @Option(help: ArgumentHelp("Region or state.", valueName: "text")) var region: String?

    /// True when some part is given.
    var isGiven: Bool { [street, postalCode, city, region].contains { $0 != nil } }

    /// `address` with every part given replaced.
    func apply(to address: inout PostalAddress) {
        if let street { address.street = street }
        if let postalCode { address.postalCode = postalCode }
        if let city { address.city = city }
        if let region { address.region = region }
    }
}
