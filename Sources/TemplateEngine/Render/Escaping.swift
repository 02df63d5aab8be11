/// Appends text to an output buffer, escaped for the output syntax.
enum Escaping {
    static let amp = Array("&amp;".utf8)
    static let lt = Array("&lt;".utf8)
    static let gt = Array("&gt;".utf8)
    static let quot = Array("&quot;".utf8)
    static let apos = Array("&#39;".utf8)

    /// For each byte, whether it may need more than copying: markup characters, control
    /// characters, and (in XML) the lead byte of the non-characters U+FFFE and U+FFFF.
    static let special: (html: [Bool], xml: [Bool]) = {
        var html = [Bool](repeating: false, count: 256)
        for byte in "&<>\"'".utf8 { html[Int(byte)] = true }
        for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D { html[byte] = true }
        var xml = html
        xml[0xEF] = true
        return (html, xml)
    }()

    static func append(_ text: String, to buffer: inout [UInt8], syntax: OutputSyntax) {
        guard syntax != .text else {
            buffer.append(contentsOf: text.utf8)
            return
        }
        let special = syntax == .xml ? Self.special.xml : Self.special.html
        var text = text
        text.withUTF8 { bytes in
            // Copy runs of plain bytes in one go; handle the special ones one at a time.
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard special[Int(byte)] else {
                    index += 1
                    continue
                }
                if start < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                index += 1
                switch byte {
                case UInt8(ascii: "&"): buffer.append(contentsOf: amp)
                case UInt8(ascii: "<"): buffer.append(contentsOf: lt)
                case UInt8(ascii: ">"): buffer.append(contentsOf: gt)
                case UInt8(ascii: "\""): buffer.append(contentsOf: quot)
                case UInt8(ascii: "'"): buffer.append(contentsOf: apos)
                case 0xEF:
                    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters: drop them.
                    if index + 1 < bytes.count, bytes[index] == 0xBF, bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF {
                        index += 2
                    } else {
                        buffer.append(byte)
                    }
                default:
                    // Control characters are not allowed in XML 1.0 and are noise in HTML.
                    break
                }
                start = index
            }
            if start < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }
}
