import Foundation
import QuoteModel

/// A quote with its sale, its parties, the ranks and states of all its versions, and one
/// version in full.
public struct QuoteDetail: Sendable, Hashable, Codable {
    /// One version's number (its rank among the quote's versions) and state, for the version list.
    public struct VersionHeader: Sendable, Hashable, Codable {
        public var rank: Int
        public var state: VersionState

        public init(rank: Int, state: VersionState) {
            self.rank = rank
            self.state = state
        }
    }

    public var quote: Quote
    public var sale: Sale
    public var company: Company
    public var person: Person?
    public var owner: Associate
    public var saleType: SaleType
    public var versions: [VersionHeader]
    /// The version asked for (the active one by default), with its alternatives and lines.
    public var version: VersionWithAlternatives

    public init(
        quote: Quote, sale: Sale, company: Company, person: Person?, owner: Associate, saleType: SaleType,
        versions: [VersionHeader], version: VersionWithAlternatives
    ) {
        self.quote = quote
        self.sale = sale
        self.company = company
        self.person = person
        self.owner = owner
        self.saleType = saleType
        self.versions = versions
        self.version = version
    }
}
