/// An image as a `data:` URI (`data:image/png;base64,iVBORw0…`), written straight into an output
/// buffer: product pictures are most of a confirmation's bytes, and going through a string
/// would encode, validate and escape every one of them again.
enum DataURI {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Appends the URI of `image` to `output`: the media type escaped for `syntax`, the base64
    /// (from `cache`) as it is: its alphabet has nothing to escape in HTML or XML.
    static func append(_ image: TemplateImage, to output: inout OutputBuffer, syntax: OutputSyntax, cache: Base64Cache) {
        output.append("data:" as StaticString)
        var mediaType = image.mediaType
        mediaType.withUTF8 { Escaping.append($0, to: &output, syntax: syntax) }
        output.append(";base64," as StaticString)
        cache.base64(of: image.bytes).withUnsafeBufferPointer { output.append($0) }
    }

    /// The URI of `image` as a string.
    static func text(of image: TemplateImage) -> String {
        var bytes = Array("data:\(image.mediaType);base64,".utf8)
        appendBase64(image.bytes, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `bytes` in base64 (RFC 4648, with padding, no line breaks).
    static func appendBase64(_ bytes: [UInt8], to output: inout [UInt8]) {
        let start = output.count
        let length = (bytes.count + 2) / 3 * 4
        output.append(contentsOf: repeatElement(UInt8(ascii: "="), count: length))
        alphabet.withUnsafeBufferPointer { alphabet in
            bytes.withUnsafeBufferPointer { bytes in
                output.withUnsafeMutableBufferPointer { output in
                    var from = 0, to = start
                    while from + 3 <= bytes.count {
                        let group = UInt32(bytes[from]) << 16 | UInt32(bytes[from + 1]) << 8 | UInt32(bytes[from + 2])
                        output[to] = alphabet[Int(group >> 18 & 63)]
                        output[to + 1] = alphabet[Int(group >> 12 & 63)]
                        output[to + 2] = alphabet[Int(group >> 6 & 63)]
                        output[to + 3] = alphabet[Int(group & 63)]
                        from += 3
                        to += 4
                    }
                    // One or two bytes left: two or three characters, the rest stays padding.
                    guard from < bytes.count else { return }
                    let second = from + 1 < bytes.count ? UInt32(bytes[from + 1]) : 0
                    let group = UInt32(bytes[from]) << 16 | second << 8
                    output[to] = alphabet[Int(group >> 18 & 63)]
                    output[to + 1] = alphabet[Int(group >> 12 & 63)]
                    if from + 1 < bytes.count { output[to + 2] = alphabet[Int(group >> 6 & 63)] }
                }
            }
        }
    }
}
