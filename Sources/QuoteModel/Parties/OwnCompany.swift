/// Our own company, as documents print it in their header and as the seller in UBL.
public struct OwnCompany: Sendable, Hashable, Codable {
    public var name: String
    public var address: PostalAddress
    public var phone: String
    public var email: String
    public var website: String
    /// VAT registration number.
    public var vatNumber: String

    public init(name: String, address: PostalAddress = PostalAddress(), phone: String = "", email: String = "", website: String = "", vatNumber: String = "") {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.vatNumber = vatNumber
    }
}
