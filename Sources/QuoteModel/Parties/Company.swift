/// A customer company.
public struct Company: Sendable, Hashable, Codable {
    public var id: Int64?
    /// A short unique code (Northwind's `ALFKI`).
    public var code: String
    public var name: String
    public var address: PostalAddress
    public var phone: String
    public var fax: String

    public init(id: Int64? = nil, code: String, name: String, address: PostalAddress = PostalAddress(), phone: String = "", fax: String = "") {
        self.id = id
        self.code = code
        self.name = name
        self.address = address
        self.phone = phone
        self.fax = fax
    }
}
