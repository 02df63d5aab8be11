/// A customer company.
public struct Company: Sendable, Hashable, Codable {
    public var id: Int64?
    /// A short unique code (Northwind's `ALFKI`).
    public var code: String
    public var name: String
    public var address: PostalAddress
    public var phone: String
    public var fax: String
    /// Where the company receives electronic documents (Peppol's EndpointID), if known.
    public var endpoint: ElectronicAddress?

    public init(
        id: Int64? = nil, code: String, name: String, address: PostalAddress = PostalAddress(), phone: String = "", fax: String = "",
        endpoint: ElectronicAddress? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.address = address
        self.phone = phone
        self.fax = fax
        self.endpoint = endpoint
    }
}
