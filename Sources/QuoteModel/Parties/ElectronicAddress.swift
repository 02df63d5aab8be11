import Foundation

/// Where a party receives electronic business documents (Peppol's EndpointID): an Electronic
/// Address Scheme (EAS) code and the identifier in that scheme, written `0007:5560125790`.
public struct ElectronicAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The EAS code (`0007` for a Swedish organisation number, `0088` for a GLN).
    public let scheme: String
    public let identifier: String

    /// An address whose scheme is known and whose identifier passes the scheme's check; an error
    /// naming the value and the check it fails otherwise.
    public init(scheme: String, identifier: String) throws(QuoteError) {
        let scheme = scheme.trimmingCharacters(in: .whitespaces)
        let identifier = identifier.trimmingCharacters(in: .whitespaces)
        guard Self.schemes.contains(scheme) else {
            throw QuoteError(
                .invalid, "'\(scheme)' is not an Electronic Address Scheme (EAS) code; known ones include 0007 (Swedish organisation number), 0088 (GLN), 0192 (Norwegian), 0184 (Danish CVR), 0208 (Belgian)",
                value: scheme)
        }
        guard !identifier.isEmpty else { throw QuoteError(.invalid, "the electronic address has no identifier after scheme \(scheme)", value: scheme) }
        if let problem = Self.problem(identifier, scheme: scheme) {
            throw QuoteError(.invalid, "'\(identifier)' is not a valid identifier for scheme \(scheme): \(problem)", value: identifier)
        }
        self.scheme = scheme
        self.identifier = identifier
    }

    /// An address as stored: checked when it was stored, so not again.
    public init(stored scheme: String, identifier: String) {
        self.scheme = scheme
        self.identifier = identifier
    }

    /// Parses `SCHEME:ID` (`0007:5560125790`).
    public init(parsing text: String) throws(QuoteError) {
        guard let colon = text.firstIndex(of: ":") else {
            throw QuoteError(.invalid, "'\(text)' is not an electronic address: write SCHEME:ID, e.g. 0007:5560125790", value: text)
        }
        try self.init(scheme: String(text[..<colon]), identifier: String(text[text.index(after: colon)...]))
    }

    public var description: String { "\(scheme):\(identifier)" }
}
