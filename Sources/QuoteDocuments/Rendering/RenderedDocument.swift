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

    public init(
        kind: DocumentKind, format: DocumentFormat, fileName: String, bytes: [UInt8], sha256: String, templateName: String, templateHash: String,
        engineVersion: String
    ) {
        self.kind = kind
        self.format = format
        self.fileName = fileName
        self.bytes = bytes
        self.sha256 = sha256
        self.templateName = templateName
        self.templateHash = templateHash
        self.engineVersion = engineVersion
    }
}

extension RenderedDocument {
    /// The same document under another file name.
    func named(_ fileName: String) -> RenderedDocument {
        RenderedDocument(kind: kind, format: format, fileName: fileName, bytes: bytes, sha256: sha256, templateName: templateName,
                         templateHash: templateHash, engineVersion: engineVersion)
    }

    /// The name of a re-issue whose bytes differ from the archived document of the usual name:
    /// `10248-v1-order-confirmation-reissue-1a2b3c4d.html`, so no archived file is overwritten.
    var reissueName: String {
        let dot = fileName.lastIndex(of: ".") ?? fileName.endIndex
        return "\(fileName[..<dot])-reissue-\(sha256.prefix(8))\(fileName[dot...])"
    }
}
