import QuoteModel

/// What an edit sees besides the version: the quote, its sale and the sale type.
public struct EditContext: Sendable {
    public let quote: Quote
    public let sale: Sale
    public let saleType: SaleType
}
