import QuoteModel

/// One confirmation rendered by a batch, to archive.
public struct ConfirmationArchive: Sendable {
    public let quoteNumber: String
    /// The version rendered, as read with its quote.
    public let version: QuoteVersion
    /// The sale the version belongs to.
    public let sale: Sale
    public let documents: [DocumentDraft]

    public init(quoteNumber: String, version: QuoteVersion, sale: Sale, documents: [DocumentDraft]) {
        self.quoteNumber = quoteNumber
        self.version = version
        self.sale = sale
        self.documents = documents
    }
}
