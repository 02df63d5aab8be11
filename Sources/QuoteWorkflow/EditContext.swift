import QuoteModel

/// What an edit sees besides the version: the quote, its sale, the sale type and the settings.
public struct EditContext: Sendable {
    public let quote: Quote
    public let sale: Sale
    public let saleType: SaleType
    public let settings: QuoteSettings
}
