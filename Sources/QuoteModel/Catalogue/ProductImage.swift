/// A product picture kept with the product: its bytes and their media type.
public struct ProductImage: Sendable, Hashable, Codable {
    /// `image/png`, `image/jpeg` or `image/gif`.
    public var mediaType: String
    public var bytes: [UInt8]

    public init(mediaType: String, bytes: [UInt8]) {
        self.mediaType = mediaType
        self.bytes = bytes
    }
}
