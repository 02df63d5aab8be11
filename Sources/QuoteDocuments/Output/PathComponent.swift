/// A sale or quote number as one path component (a folder or the start of a file name): an
/// injective function of the text, so two different numbers never share a folder or a file.
///
/// - ASCII letters, digits, `-` and `_` stay as they are: `10248` and `Q-2026-001` are their own names.
/// - Every other UTF-8 byte, `%` included, becomes `%` and two upper-case hex digits
///   (`a/b` → `a%2Fb`, `a%2Fb` → `a%252Fb`, `ä` → `%C3%A4`, `.` → `%2E`), so the text can be read
///   back and no name is `.` or `..`, starts with a dot, or holds a `/`.
/// - The empty text is `%`.
/// - A name that would be longer than ``maximumBytes`` is its first escaped characters (whole
///   escapes only), `%~`, and the SHA-256 of the full text in hex: still readable, and unique
///   unless SHA-256 collides.
///
/// An escape is always `%` and two hex digits, so `%` at the end or before `~` never comes from
/// escaping: the empty and the long names cannot equal another text's name. The names are
/// distinct byte strings; a file system that folds case (`AB`, `ab`) would join some of them.
public struct PathComponent: Sendable, Hashable, CustomStringConvertible {
    /// The name.
    public let description: String

    /// The longest name in bytes: a document's file name adds at most 62 bytes to it (version,
    /// kind, re-issue, extension) and its temporary name 51 more: 241, within the 255 bytes of a name.
    public static let maximumBytes = 128
    /// The bytes kept from the escaped text in front of the hash of a long name.
    static let longPrefixBytes = maximumBytes - 2 - 64

    public init(_ text: String) {
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= Self.maximumBytes, utf8.allSatisfy(Self.isKept) {
            description = text
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count)
        // Where each escaped character ends, so a long name is cut between characters.
        var ends: [Int] = []
        for byte in utf8 {
            if Self.isKept(byte) {
                escaped.append(byte)
            } else {
                escaped += [UInt8(ascii: "%"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]]
            }
            ends.append(escaped.count)
        }
        if escaped.isEmpty {
            description = "%"
        } else if escaped.count <= Self.maximumBytes {
            description = String(decoding: escaped, as: UTF8.self)
        } else {
            let cut = ends.last { $0 <= Self.longPrefixBytes } ?? 0
            description = String(decoding: escaped[..<cut], as: UTF8.self) + "%~" + SHA256Digest.hex(utf8)
        }
    }

    /// Whether a byte stands for itself in a name.
    static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
