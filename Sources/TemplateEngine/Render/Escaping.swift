/// Appends text to an output buffer, escaped for the output syntax.
enum Escaping {
    static func append(_ text: String, to buffer: inout [UInt8], syntax: OutputSyntax) {
        switch syntax {
        case .text:
            buffer.append(contentsOf: text.utf8)
        case .html, .xml:
            var utf8 = text.utf8.makeIterator()
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
}
