import QuoteModel

/// Our own company as `--json` prints it: the logo as its media type and size, not its bytes.
struct OwnCompanyJSON: Encodable {
    struct Logo: Encodable {
        let mediaType: String
        let byteCount: Int
    }

    let name: String
    let address: PostalAddress
    let vatNumber: String
    let phone: String
    let email: String
    let website: String
    let logo: Logo?
    let endpoint: ElectronicAddress?

    init(_ company: OwnCompany) {
        name = company.name
        address = company.address
        vatNumber = company.vatNumber
        phone = company.phone
        email = company.email
        website = company.website
        logo = company.logo.map { Logo(mediaType: $0.mediaType, byteCount: $0.bytes.count) }
        endpoint = company.endpoint
    }
}
