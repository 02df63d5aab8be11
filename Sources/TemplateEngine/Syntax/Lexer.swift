/// Splits template source into text, outputs and tags, tracking line and column (counted in
/// characters, from 1). `{{-` / `{%-` remove the white space before them, `-}}` / `-%}` the white
/// space after. `{% raw %}…{% endraw %}` is literal text.
struct Lexer {
    let file: String
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    let lineStarts: [Int]
    var diagnostics: [Diagnostic] = []

    init(file: String, source: String) {
        self.file = file
        self.bytes = Array(source.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.lineStarts = starts
    }

    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let percent = UInt8(ascii: "%")
    private static let hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-")

    /// The last location worked out: locations are asked for in increasing order, so a column is
    /// counted on from there, not from the start of its line (a template on one long line with
    /// thousands of tags would otherwise take quadratic time).
    private var cursor = (offset: 0, line: 0, column: 1)

    /// The location of byte `offset`.
    mutating func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let nextLineStart = cursor.line + 1 < lineStarts.count ? lineStarts[cursor.line + 1] : Int.max
        if offset < cursor.offset || offset >= nextLineStart {
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            cursor = (lineStarts[low], low, 1)
        }
        for byte in bytes[cursor.offset..<offset] where byte & 0xC0 != 0x80 { cursor.column += 1 }
        cursor.offset = offset
        return SourceLocation(file: file, line: cursor.line + 1, column: cursor.column)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Where `closer` (two bytes) next occurs at or after `start`.
    private func find(_ first: UInt8, _ second: UInt8, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first && bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    mutating func segments() -> [Segment] {
        var result: [Segment] = []
        var textStart = 0
        var index = 0
        var trimNextText = false

        func flushText(upTo end: Int, trimBack: Bool, into result: inout [Segment], trimFront: Bool) {
            var start = textStart
            var stop = end
            if trimFront { while start < stop, Self.isSpace(bytes[start]) { start += 1 } }
            if trimBack { while stop > start, Self.isSpace(bytes[stop - 1]) { stop -= 1 } }
            if start < stop { result.append(.text(string(start..<stop), location(of: start))) }
        }

        while index + 1 < bytes.count {
            guard bytes[index] == Self.openBrace else { index += 1; continue }
            let kind = bytes[index + 1]
            guard kind == Self.openBrace || kind == Self.percent || kind == Self.hash else { index += 1; continue }
            let closer: UInt8 = kind == Self.openBrace ? Self.closeBrace : kind
            let open = index
            var innerStart = index + 2
            let trimBefore = innerStart < bytes.count && bytes[innerStart] == Self.dash
            if trimBefore { innerStart += 1 }
            guard let close = find(closer, Self.closeBrace, from: innerStart) else {
                let opener = kind == Self.openBrace ? "{{" : (kind == Self.percent ? "{%" : "{#")
                let expected = kind == Self.openBrace ? "}}" : (kind == Self.percent ? "%}" : "#}")
                diagnostics.append(Diagnostic(
                    severity: .error, location: location(of: open),
                    message: "'\(opener)' is never closed (expected '\(expected)')",
                    excerpt: excerpt(at: open)))
                break
            }
            var innerEnd = close
            let trimAfter = innerEnd > innerStart && bytes[innerEnd - 1] == Self.dash
            if trimAfter { innerEnd -= 1 }
            flushText(upTo: open, trimBack: trimBefore, into: &result, trimFront: trimNextText)
            let inner = string(innerStart..<innerEnd)
            let innerLocation = location(of: innerStart)
            index = close + 2
            textStart = index
            trimNextText = trimAfter
            switch kind {
            case Self.openBrace:
                result.append(.output(inner, innerLocation))
            case Self.percent:
                if inner.trimmingSpaces == "raw", let rawEnd = findRawEnd(from: index) {
                    if rawEnd.textEnd > index {
                        result.append(.text(string(index..<rawEnd.textEnd), location(of: index)))
                    }
                    index = rawEnd.after
                    textStart = index
                    trimNextText = false
                } else {
                    result.append(.tag(inner, innerLocation))
                }
            default:
                break  // a comment
            }
        }
        flushText(upTo: bytes.count, trimBack: false, into: &result, trimFront: trimNextText)
        return result
    }

    /// The end of a raw block: where its text stops and where the `{% endraw %}` tag ends.
    private func findRawEnd(from start: Int) -> (textEnd: Int, after: Int)? {
        var search = start
        while let open = find(Self.openBrace, Self.percent, from: search) {
            guard let close = find(Self.percent, Self.closeBrace, from: open + 2) else { return nil }
            var inner = string(open + 2..<close)
            if inner.hasPrefix("-") { inner.removeFirst() }
            if inner.hasSuffix("-") { inner.removeLast() }
            if inner.trimmingSpaces == "endraw" { return (open, close + 2) }
            search = open + 2
        }
        return nil
    }

    /// The source line holding byte `offset`, for diagnostics.
    func excerpt(at offset: Int) -> String {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = min(offset, bytes.count)
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return String(string(start..<end).prefix(160))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, Lexer.isSpace(bytes[start]) { start += 1 }
        while end > start, Lexer.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
