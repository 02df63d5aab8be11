import Foundation

/// A generated document as archived: where it is, what it is, its fingerprint, and what made it.
public struct Document: Sendable, Hashable, Codable {
    public var id: Int64?
    /// The activity the document belongs to, if any.
    public var activityId: Int64?
    public var quoteVersionId: Int64
    public var kind: DocumentKind
    public var format: DocumentFormat
    /// Path of the file, relative to the output folder when it lies inside it.
    public var path: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    public var byteSize: Int64
    public var templateName: String
    /// SHA-256 of the template source, lower-case hex.
    public var templateHash: String
    /// The version of the engine that rendered it.
    public var engineVersion: String
    public var created: Date

    public init(
        id: Int64? = nil, activityId: Int64? = nil, quoteVersionId: Int64, kind: DocumentKind, format: DocumentFormat,
        path: String, sha256: String, byteSize: Int64, templateName: String, templateHash: String,
        engineVersion: String, created: Date
    ) {
        self.id = id
        self.activityId = activityId
        self.quoteVersionId = quoteVersionId
        self.kind = kind
        self.format = format
        self.path = path
        self.sha256 = sha256
        self.byteSize = byteSize
        self.templateName = templateName
        self.templateHash = templateHash
        self.engineVersion = engineVersion
        self.created = created
    }
}
