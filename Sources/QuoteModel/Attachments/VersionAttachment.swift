/// A file attached to a quote version (SuperOffice's quote attachments, F19): terms, a data sheet,
/// a drawing. An included attachment goes out with the next send, into the .eml and the sale's
/// folder, archived with its SHA-256 like the documents.
public struct VersionAttachment: Sendable, Hashable {
    public var id: Int64?
    public var versionId: Int64
    /// The file's name, unique in the version; one path component.
    public var fileName: String
    public var mediaType: String
    public var bytes: [UInt8]
    /// SHA-256 of `bytes`, lower-case hex.
    public var sha256: String
    /// Whether the next send takes it along.
    public var isIncluded: Bool

    public init(id: Int64? = nil, versionId: Int64, fileName: String, mediaType: String, bytes: [UInt8], sha256: String, isIncluded: Bool = true) {
        self.id = id
        self.versionId = versionId
        self.fileName = fileName
        self.mediaType = mediaType
        self.bytes = bytes
        self.sha256 = sha256
        self.isIncluded = isIncluded
    }

    public var byteSize: Int { bytes.count }
}
