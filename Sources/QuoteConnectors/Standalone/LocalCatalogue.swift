import QuoteModel

/// The price lists and products of quotedoc's own database, as the standalone connector reads
/// them.
public protocol LocalCatalogue: Sendable {
    /// Products whose code or name contains `text`, at most `limit`.
    func products(matching text: String, limit: Int) throws -> [Product]
}
