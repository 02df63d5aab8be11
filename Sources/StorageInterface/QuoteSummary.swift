import Foundation
import QuoteModel

/// A quote as listed: its active version's state and favourite total.
public struct QuoteSummary: Sendable, Hashable, Codable {
    public var number: String
    public var saleNumber: String
    public var companyName: String
    public var currency: Currency
    public var version: Int
    public var state: VersionState
    public var totalPrice: ExactDecimal?
    public var sentDate: LocalDate?
    public var expirationDate: LocalDate?

    public init(number: String, saleNumber: String, companyName: String, currency: Currency, version: Int, state: VersionState,
                totalPrice: ExactDecimal?, sentDate: LocalDate?, expirationDate: LocalDate?) {
        self.number = number
        self.saleNumber = saleNumber
        self.companyName = companyName
        self.currency = currency
        self.version = version
        self.state = state
        self.totalPrice = totalPrice
        self.sentDate = sentDate
        self.expirationDate = expirationDate
    }
}
