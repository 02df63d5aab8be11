/// Follows where template text leaves the HTML: in text, inside a tag, in a quoted attribute
/// value, in a comment, or in a script or style element. Values may only be printed in text and
/// in quoted attribute values, where escaping makes them safe.
struct HTMLContext {
    enum State: Equatable {
        case text
        /// Inside `<tag …>` but not in a quoted value.
        case tag
        case quotedValue(UInt8)
        case comment
        /// Inside `<script>` or `<style>`, whose contents escaping cannot protect.
        case rawText(String)
    }

    private(set) var state: State = .text
    private var tagName: [UInt8] = []
    private var readingTagName = false
    private var closing = false

    /// Follows `text`, which the template prints literally.
    mutating func consume(_ text: [UInt8]) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    if text[index...].starts(with: Array("<!--".utf8)) {
                        state = .comment
                        index += 4
                        continue
                    }
                    state = .tag
                    tagName = []
                    readingTagName = true
                    closing = index + 1 < text.count && text[index + 1] == UInt8(ascii: "/")
                }
            case .tag:
                if readingTagName {
                    if Self.isNameByte(byte) {
                        tagName.append(byte | 0x20)
                    } else if !(byte == UInt8(ascii: "/") && tagName.isEmpty) {
                        readingTagName = false
                    }
                }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    state = .quotedValue(byte)
                } else if byte == UInt8(ascii: ">") {
                    let name = String(decoding: tagName, as: UTF8.self)
                    state = !closing && (name == "script" || name == "style") ? .rawText(name) : .text
                }
            case .quotedValue(let quote):
                if byte == quote { state = .tag }
            case .comment:
                if text[index...].starts(with: Array("-->".utf8)) {
                    state = .text
                    index += 3
                    continue
                }
            case .rawText(let name):
                if byte == UInt8(ascii: "<"), text[index...].count >= name.utf8.count + 2,
                   text[(index + 2)..<(index + 2 + name.utf8.count)].map({ $0 | 0x20 }) == Array(name.utf8),
                   text[index + 1] == UInt8(ascii: "/") {
                    state = .tag
                    tagName = Array(name.utf8)
                    readingTagName = false
                    closing = true
                }
            }
            index += 1
        }
    }

    /// Why a value cannot be printed here, or nil when it can.
    var problem: String? {
        switch state {
        case .text, .quotedValue: nil
        case .tag: "a value printed inside an HTML tag must be inside a quoted attribute value, e.g. title=\"{{ … }}\""
        case .comment: "a value printed inside an HTML comment could end the comment early"
        case .rawText(let name): "a value printed inside <\(name)> is not escaped safely; pass the data another way"
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}
