import Foundation
import QuoteModel

/// A document about to be archived: what the documents module rendered and staged.
public struct DocumentDraft: Sendable, Hashable {
    public let kind: DocumentKind
    public let format: DocumentFormat
    public let path: String
    public let sha256: String
    public let byteSize: Int64
    public let templateName: String
    public let templateHash: String
    public let engineVersion: String

    public init(kind: DocumentKind, format: DocumentFormat, path: String, sha256: String, byteSize: Int64, templateName: String, templateHash: String, engineVersion: String) {
        self.kind = kind
        self.format = format
        self.path = path
        self.sha256 = sha256
        self.byteSize = byteSize
        self.templateName = templateName
        self.templateHash = templateHash
        self.engineVersion = engineVersion
    }
}
