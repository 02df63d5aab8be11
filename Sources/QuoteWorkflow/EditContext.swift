import QuoteModel

/// What an edit sees besides the version: the quote, its sale, the sale type, the settings, and
/// the field configuration (which fields of a line are read-only).
public struct EditContext: Sendable {
    public let quote: Quote
    public let sale: Sale
    public let saleType: SaleType
    public let fields: FieldConfiguration
    public let settings: QuoteSettings
}
