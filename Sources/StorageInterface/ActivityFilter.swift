import Foundation

/// Which activities to read.
public struct ActivityFilter: Sendable, Hashable {
    public var id: Int64?
    public var saleNumber: String?
    public var quoteNumber: String?
    public var since: Date?

    public init(id: Int64? = nil, saleNumber: String? = nil, quoteNumber: String? = nil, since: Date? = nil) {
        self.id = id
        self.saleNumber = saleNumber
        self.quoteNumber = quoteNumber
        self.since = since
    }
}
