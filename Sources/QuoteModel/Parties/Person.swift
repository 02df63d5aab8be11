/// A contact person at a customer company.
public struct Person: Sendable, Hashable, Codable {
    public var id: Int64?
    public var companyId: Int64
    public var firstName: String
    public var lastName: String
    public var title: String
    public var email: String
    public var phone: String

    public init(id: Int64? = nil, companyId: Int64, firstName: String, lastName: String, title: String = "", email: String = "", phone: String = "") {
        self.id = id
        self.companyId = companyId
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.email = email
        self.phone = phone
    }

    /// First and last name, as printed.
    public var fullName: String {
        [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
