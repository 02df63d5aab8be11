extension ProductImage {
    /// The largest picture a product may carry, in bytes.
    public static let maximumByteCount = 1_048_576

    /// A picture from `bytes`, its type told by its content (PNG, JPEG or GIF), never by a file
    /// name; nil with the reason when it is none of those or too large.
    public static func detect(_ bytes: [UInt8]) -> Result<ProductImage, ImageError> {
        guard bytes.count <= maximumByteCount else {
            return .failure(ImageError(description: "the picture has \(bytes.count) bytes; at most \(maximumByteCount) are allowed"))
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return .success(ProductImage(mediaType: "image/png", bytes: bytes))
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            return .success(ProductImage(mediaType: "image/jpeg", bytes: bytes))
        }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            return .success(ProductImage(mediaType: "image/gif", bytes: bytes))
        }
        return .failure(ImageError(description: "the file is not a PNG, JPEG or GIF picture"))
    }

    /// Why bytes are not a product picture.
    public struct ImageError: Error, Sendable, Hashable, CustomStringConvertible {
        public let description: String
    }
}
