/// A customer company.
public struct Company: Sendable, Hashable, Codable {
    public var id: Int64?
    /// A short unique code (Northwind's `ALFKI`).
    public var code: String
    public var name: String
    public var address: PostalAddress
    public var phone: String
    public var fax: String
    /// The company's general e-mail address.
    public var email: String
    /// Its VAT registration number, with the country prefix (`DE136695976`), if known.
    public var vatNumber: String
    /// Where the company receives electronic documents (Peppol's EndpointID), if known.
    public var endpoint: ElectronicAddress?

    public init(
        id: Int64? = nil, code: String, name: String, address: PostalAddress = PostalAddress(), phone: String = "", fax: String = "",
        email: String = "", vatNumber: String = "", endpoint: ElectronicAddress? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.address = address
        self.phone = phone
        self.fax = fax
        self.email = email
        self.vatNumber = vatNumber
        self.endpoint = endpoint
    }
}
