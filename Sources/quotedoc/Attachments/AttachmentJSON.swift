import QuoteModel

/// An attachment as `--json` prints it: everything but its bytes.
struct AttachmentJSON: Encodable {
    let fileName: String
    let mediaType: String
    let byteSize: Int
    let sha256: String
    let isIncluded: Bool?

    init(_ attachment: VersionAttachment) {
        fileName = attachment.fileName
        mediaType = attachment.mediaType
        byteSize = attachment.byteSize
        sha256 = attachment.sha256
        isIncluded = attachment.isIncluded
    }

    init(_ attachment: SaleTypeAttachment) {
        fileName = attachment.fileName
        mediaType = attachment.mediaType
        byteSize = attachment.byteSize
        sha256 = attachment.sha256
        isIncluded = nil
    }
}
