/// Appends text to an output buffer, escaped for the output syntax.
enum Escaping {
    /// Whether `byte` may need more than copying: a markup character, a control character, or
    /// (in XML) the lead byte of the non-characters U+FFFE and U+FFFF.
    @inline(__always)
    static func isSpecial(_ byte: UInt8, xml: Bool) -> Bool {
        byte < 0x40 ? specialBelow0x40 >> byte & 1 == 1 : xml && byte == 0xEF
    }

    /// Bit `b` set for each special byte `b` below 0x40: the control characters but tab, line
    /// feed and carriage return, and `"`, `&`, `'`, `<`, `>`.
    private static let specialBelow0x40: UInt64 = 0x5000_00C4_FFFF_D9FF

    /// Appends UTF-8 `bytes`, escaped for `syntax`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout OutputBuffer, syntax: OutputSyntax) {
        guard syntax != .text else {
            buffer.append(bytes)
            return
        }
        let xml = syntax == .xml
        // Copy runs of plain bytes in one go; handle the special ones one at a time.
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isSpecial(byte, xml: xml) else {
                index += 1
                continue
            }
            if start < index { buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            index += 1
            switch byte {
            case UInt8(ascii: "&"): buffer.append("&amp;" as StaticString)
            case UInt8(ascii: "<"): buffer.append("&lt;" as StaticString)
            case UInt8(ascii: ">"): buffer.append("&gt;" as StaticString)
            case UInt8(ascii: "\""): buffer.append("&quot;" as StaticString)
            case UInt8(ascii: "'"): buffer.append("&#39;" as StaticString)
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
        if start < bytes.count { buffer.append(UnsafeBufferPointer(rebasing: bytes[start...])) }
    }
}
