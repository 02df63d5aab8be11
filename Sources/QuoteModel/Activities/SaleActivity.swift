import Foundation

/// An entry in a sale's history: a sent quote, a placed order, a follow-up.
public struct SaleActivity: Sendable, Hashable, Codable {
    public var id: Int64?
    public var kind: ActivityKind
    public var saleId: Int64
    /// The quote version the activity is about, if any.
    public var quoteVersionId: Int64?
    /// Who acted.
    public var associateId: Int64
    /// When it happened (or, for a follow-up, when it is due).
    public var date: Date
    public var text: String

    public init(id: Int64? = nil, kind: ActivityKind, saleId: Int64, quoteVersionId: Int64? = nil, associateId: Int64, date: Date, text: String = "") {
        self.id = id
        self.kind = kind
        self.saleId = saleId
        self.quoteVersionId = quoteVersionId
        self.associateId = associateId
        self.date = date
        self.text = text
    }
}
