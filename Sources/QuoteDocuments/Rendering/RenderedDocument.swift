import QuoteModel

/// A document rendered in memory, checked, and ready to be written: its bytes, fingerprint and
/// what made it.
public struct RenderedDocument: Sendable, Hashable {
    public let kind: DocumentKind
    public let format: DocumentFormat
    /// The file name, built from the quote number, version and kind.
    public let fileName: String
    public let bytes: [UInt8]
    /// SHA-256 of `bytes`, lower-case hex.
    public let sha256: String
    public let templateName: String
    /// SHA-256 of the template sources it was made from, lower-case hex.
    public let templateHash: String
    public let engineVersion: String
}
