import QuoteModel

/// Which placed orders a batch covers.
public struct OrderSelection: Sendable, Hashable {
    /// Orders placed on or after this day.
    public var since: LocalDate?
    /// Orders placed on or before this day.
    public var until: LocalDate?
    /// Only these quote numbers, when given.
    public var quoteNumbers: [String]?

    public init(since: LocalDate? = nil, until: LocalDate? = nil, quoteNumbers: [String]? = nil) {
        self.since = since
        self.until = until
        self.quoteNumbers = quoteNumbers
    }
}
