import Foundation
import QuoteModel

/// An e-mail address with the name shown beside it (`Erika Lind <erika@acme.example>`). The
/// address is checked as an RFC 5322 addr-spec of ASCII dot-atoms (`local@example.com`), so
/// whatever a message's header says can be read back exactly.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The name shown with the address; empty for none. Line breaks and runs of spaces are one space.
    public let name: String
    /// The addr-spec, `erika@acme.example`.
    public let address: String

    /// Checks `address`; `what` names it in the error (e.g. "contact Erika Lind's e-mail address").
    public init(name: String, address: String, what: String = "the e-mail address") throws(QuoteError) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard Self.isAddrSpec(trimmed) else {
            throw QuoteError(
                .invalid, "\(what) '\(address)' is not an e-mail address: it should read like name@example.com (ASCII letters, digits and . _ - +, one @, a domain with a dot)",
                value: address)
        }
        self.name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        self.address = trimmed
    }

    /// Parses `erika@acme.example` or `Erika Lind <erika@acme.example>`; a bare address has no name.
    public init(parsing text: String, what: String = "the e-mail address") throws(QuoteError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            let address = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            try self.init(name: name, address: String(address), what: what)
        } else {
            try self.init(name: "", address: trimmed, what: what)
        }
    }

    /// `Erika Lind <erika@acme.example>`, or the bare address when there is no name.
    public var description: String { name.isEmpty ? address : "\(name) <\(address)>" }

    /// The domain after the `@`.
    var domain: Substring { address[address.index(after: address.lastIndex(of: "@")!)...] }

    /// RFC 5322 `dot-atom "@" dot-atom` in ASCII, within RFC 5321's lengths (64 for the local
    /// part, 254 in all, 63 a domain label); the domain has at least two labels of letters,
    /// digits and inner hyphens.
    static func isAddrSpec(_ text: String) -> Bool {
        guard text.utf8.count <= 254, let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard (1...64).contains(local.utf8.count), isDotAtom(local, allowed: isAtext) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, isDotAtom(domain, allowed: isLetterDigitOrHyphen) else { return false }
        return labels.allSatisfy { $0.utf8.count <= 63 && $0.first != "-" && $0.last != "-" }
    }

    private static func isDotAtom(_ text: Substring, allowed: (Unicode.Scalar) -> Bool) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { atom in
            !atom.isEmpty && atom.unicodeScalars.allSatisfy(allowed)
        }
    }

    /// RFC 5322 `atext`: ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        isLetterDigitOrHyphen(scalar) || "!#$%&'*+/=?^_`{|}~".unicodeScalars.contains(scalar)
    }

    private static func isLetterDigitOrHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-": true
        default: false
        }
    }
}
