/// Appends text to an output buffer, escaped for the output syntax.
enum Escaping {
    static func append(_ text: String, to buffer: inout [UInt8], syntax: OutputSyntax) {
        switch syntax {
        case .text:
            buffer.append(contentsOf: text.utf8)
        case .html, .xml:
            // Most values need no escaping: find the first byte that does, copy what precedes it
            // in one go, and only then go byte by byte.
            var text = text
            let clean: Int? = text.withUTF8 { bytes in
                guard let first = bytes.firstIndex(where: { needsEscaping($0, syntax) }) else {
                    buffer.append(contentsOf: bytes)
                    return nil
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
                return first
            }
            guard let clean else { return }
            var utf8 = text.utf8.dropFirst(clean).makeIterator()
            while let byte = utf8.next() {
                switch byte {
                case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): buffer.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): buffer.append(contentsOf: "&#39;".utf8)
                case 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D:
                    // Control characters are not allowed in XML 1.0 and are noise in HTML.
                    continue
                case 0xEF where syntax == .xml:
                    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
                    let second = utf8.next()
                    let third = second == 0xBF ? utf8.next() : nil
                    if second == 0xBF, let third, third == 0xBE || third == 0xBF { continue }
                    buffer.append(byte)
                    if let second { buffer.append(second) }
                    if let third { buffer.append(third) }
                default:
                    buffer.append(byte)
                }
            }
        }
    }

    /// Whether a byte may need more than copying: markup characters, control characters, and
    /// (in XML) the lead byte of the non-characters U+FFFE and U+FFFF.
    @inline(__always)
    static func needsEscaping(_ byte: UInt8, _ syntax: OutputSyntax) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0..<0x20: byte != 0x09 && byte != 0x0A && byte != 0x0D
        case 0xEF: syntax == .xml
        default: false
        }
    }
}
