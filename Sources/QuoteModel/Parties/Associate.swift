/// One of our users: a salesperson, a manager who approves quotes.
public struct Associate: Sendable, Hashable, Codable {
    public var id: Int64?
    /// The short, unique name used on the command line (`--as afuller`).
    public var userName: String
    public var name: String
    public var title: String
    public var email: String
    /// The can-approve-quote right: may approve or reject versions that need approval.
    public var canApproveQuote: Bool

    public init(id: Int64? = nil, userName: String, name: String, title: String = "", email: String = "", canApproveQuote: Bool = false) {
        self.id = id
        self.userName = userName
        self.name = name
        self.title = title
        self.email = email
        self.canApproveQuote = canApproveQuote
    }
}
