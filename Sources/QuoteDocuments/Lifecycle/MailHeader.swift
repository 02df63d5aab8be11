import Foundation

/// Header fields of a message in 7-bit ASCII: RFC 5322 folding (no line over 78 characters
/// where a space allows a fold), RFC 2047 encoded words for non-ASCII text (each at most 75
/// characters, several when the text is long), display names quoted when RFC 5322 needs it, and
/// RFC 2231 parameters for non-ASCII or long values (file names) with an ASCII fallback.
enum MailHeader {
    /// RFC 5322 §2.1.1: lines SHOULD be no longer than 78 characters.
    static let lineLimit = 78
    /// RFC 2047 §2: an encoded word is at most 75 characters.
    static let encodedWordLimit = 75

    /// The field `name: …` with `tokens` separated by spaces, folded before a token that would
    /// pass the line limit, the first one too when it fits a line of its own (a token longer than
    /// a line stays whole: a fold needs a space).
    static func field(_ name: String, _ tokens: [String]) -> String {
        var lines: [String] = []
        var line = name + ":"
        var lineHasToken = false
        for token in tokens {
            let fitsAlone = 1 + token.count <= lineLimit
            if lineHasToken || fitsAlone, line.count + 1 + token.count > lineLimit {
                lines.append(line)
                line = " " + token
            } else {
                line += " " + token
            }
            lineHasToken = true
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// An unstructured field (`Subject`): the text with runs of white space made one space,
    /// as plain words when it is printable ASCII, else as encoded words.
    static func unstructured(_ name: String, _ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let joined = words.joined(separator: " ")
        guard needsEncoding(joined) else { return field(name, words) }
        return field(name, encodedWords(joined, firstLimit: lineLimit - name.count - 2))
    }

    /// An address field (`From`, `To`): the display name as a ``phrase(_:firstLimit:)``, then
    /// the address in angle brackets.
    static func address(_ name: String, _ address: MailAddress) -> String {
        guard !address.name.isEmpty else { return field(name, [address.address]) }
        return field(name, phrase(address.name, firstLimit: lineLimit - name.count - 2) + ["<\(address.address)>"])
    }

    /// A display name as RFC 5322 `phrase` words: atoms when every character is `atext`, one
    /// quoted string when it is other printable ASCII (`"Lind, Erika"`), else encoded words.
    static func phrase(_ text: String, firstLimit: Int) -> [String] {
        guard !needsEncoding(text) else { return encodedWords(text, firstLimit: firstLimit) }
        let words = text.split(separator: " ").map(String.init)
        return words.allSatisfy { $0.unicodeScalars.allSatisfy(MailAddress.isAtext) } ? words : [quotedString(text)]
    }

    /// Whether `text` must be encoded: anything but printable ASCII, or a `=?` a reader would
    /// take for the start of an encoded word.
    static func needsEncoding(_ text: String) -> Bool {
        text.contains("=?") || !text.unicodeScalars.allSatisfy { (0x20..<0x7F).contains($0.value) }
    }

    /// `text` as RFC 2047 `B` encoded words in UTF-8: each at most 75 characters, the first at
    /// most `firstLimit` (the room left on the field's first line). A word ends before a space
    /// of the text when it can (the next word starts with it), else between two Unicode scalars,
    /// never inside one's bytes, so each decodes by itself. A reader joins adjacent encoded words
    /// without the white space between them.
    static func encodedWords(_ text: String, firstLimit: Int = encodedWordLimit) -> [String] {
        let overhead = "=?utf-8?B??=".count
        func capacity(first: Bool) -> Int { (min(first ? firstLimit : encodedWordLimit, encodedWordLimit) - overhead) / 4 * 3 }
        var words: [String] = []
        var chunk: [UInt8] = []
        var lastSpace: Int?  // where in `chunk` its last space starts
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            while !chunk.isEmpty, chunk.count + bytes.count > capacity(first: words.isEmpty) {
                let end = lastSpace.flatMap { $0 > 0 ? $0 : nil } ?? chunk.count
                words.append(encodedWord(Array(chunk[..<end])))
                chunk.removeFirst(end)
                lastSpace = chunk.first == 0x20 ? 0 : nil
            }
            if scalar == " " { lastSpace = chunk.count }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?utf-8?B?\(Data(bytes).base64EncodedString())?="
    }

    /// The parameter `name` with `value` as it goes after a `;` in a Content-Type or
    /// Content-Disposition field, in one or more pieces (each its own `;`-separated parameter):
    ///
    /// - printable ASCII that fits a line: `name="value"`;
    /// - longer printable ASCII: RFC 2231 continuations `name*0="…"; name*1="…"`;
    /// - anything else: RFC 2231 UTF-8 `name*=utf-8''…` (percent-encoded, continued as
    ///   `name*0*=…; name*1*=…` when long), followed by `name="…"` with ``asciiFallback(_:)``
    ///   for readers without RFC 2231 (a reader with it takes the `*` form).
    static func parameter(_ name: String, _ value: String) -> [String] {
        let room = lineLimit - 2  // a folded line's leading space and the `;` after the piece
        guard value.unicodeScalars.allSatisfy({ (0x20..<0x7F).contains($0.value) }) else { return utf8Parameter(name, value, room: room) }
        let quoted = "\(name)=\(quotedString(value))"
        if quoted.count <= room { return [quoted] }
        // Continuations of quoted pieces; a piece never ends inside an escape.
        var pieces: [String] = []
        var piece = ""
        for character in value {
            let escaped = character == "\"" || character == "\\" ? "\\\(character)" : String(character)
            if !piece.isEmpty, "\(name)*\(pieces.count)=\"\(piece)\(escaped)\"".count > room {
                pieces.append(piece)
                piece = ""
            }
            piece += escaped
        }
        pieces.append(piece)
        return pieces.enumerated().map { "\(name)*\($0.offset)=\"\($0.element)\"" }
    }

    private static func utf8Parameter(_ name: String, _ value: String, room: Int) -> [String] {
        let fallback = "\(name)=\(quotedString(asciiFallback(value, maxLength: room - name.count - 3)))"
        let encoded = percentEncoded(value)
        let single = "\(name)*=utf-8''" + encoded.joined()
        if single.count <= room { return [single, fallback] }
        var pieces: [String] = []
        var piece = "\(name)*0*=utf-8''"
        var pieceHasText = false
        for unit in encoded {
            if pieceHasText, piece.count + unit.count > room {
                pieces.append(piece)
                piece = "\(name)*\(pieces.count)*="
                pieceHasText = false
            }
            piece += unit
            pieceHasText = true
        }
        pieces.append(piece)
        return pieces + [fallback]
    }

    /// The UTF-8 bytes of `value`, one element per byte: the byte itself when it is an RFC 2231
    /// `attribute-char`, else `%XX`; so a piece never splits a `%XX`.
    private static func percentEncoded(_ value: String) -> [String] {
        let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return value.utf8.map { byte in
            plain.contains(byte) ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }

    private static func quotedString(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A printable-ASCII stand-in for a file name: accents dropped (`för` → `for`, by Unicode
    /// canonical decomposition, which is stable), any other character `_`; when longer than
    /// `maxLength`, shortened before its extension (`Villkor….pdf`).
    static func asciiFallback(_ value: String, maxLength: Int = .max) -> String {
        var result = ""
        for scalar in value.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x20..<0x7F).contains(scalar.value) {
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                result.append("_")
            }
        }
        guard result.count > maxLength else { return result }
        let dot = result.lastIndex(of: ".").flatMap { result.distance(from: $0, to: result.endIndex) < maxLength / 2 ? $0 : nil }
        let suffix = dot.map { String(result[$0...]) } ?? ""
        return String(result.prefix(maxLength - suffix.count)) + suffix
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
