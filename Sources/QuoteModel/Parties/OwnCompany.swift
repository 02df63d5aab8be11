/// Our own company, as documents print it in their header and as the seller in UBL.
public struct OwnCompany: Sendable, Hashable, Codable {
    /// The name a new database starts with, until our company's details are entered.
    public static let unsetName = "Our Company"

    public var name: String
    public var address: PostalAddress
    public var phone: String
    public var email: String
    public var website: String
    /// VAT registration number.
    public var vatNumber: String
    /// The logo printed in every document's header; a picture checked by content like a product's.
    public var logo: ProductImage?
    /// Where we receive electronic documents (Peppol's EndpointID); the seller's endpoint of a
    /// Peppol order agreement.
    public var endpoint: ElectronicAddress?

    public init(
        name: String, address: PostalAddress = PostalAddress(), phone: String = "", email: String = "", website: String = "", vatNumber: String = "",
        logo: ProductImage? = nil, endpoint: ElectronicAddress? = nil
    ) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.vatNumber = vatNumber
        self.logo = logo
        self.endpoint = endpoint
    }
}
