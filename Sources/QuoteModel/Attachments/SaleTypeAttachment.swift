/// A default attachment of a sale type (its terms and conditions, a brochure): copied, included,
/// onto the first version of every new quote of that sale type.
public struct SaleTypeAttachment: Sendable, Hashable {
    public var id: Int64?
    public var saleTypeId: Int64
    public var fileName: String
    public var mediaType: String
    public var bytes: [UInt8]
    /// SHA-256 of `bytes`, lower-case hex.
    public var sha256: String

    public init(id: Int64? = nil, saleTypeId: Int64, fileName: String, mediaType: String, bytes: [UInt8], sha256: String) {
        self.id = id
        self.saleTypeId = saleTypeId
        self.fileName = fileName
        self.mediaType = mediaType
        self.bytes = bytes
        self.sha256 = sha256
    }

    public var byteSize: Int { bytes.count }

    /// This attachment on version `versionId`, included.
    public func copy(onto versionId: Int64) -> VersionAttachment {
        VersionAttachment(versionId: versionId, fileName: fileName, mediaType: mediaType, bytes: bytes, sha256: sha256)
    }
}
