import QuoteModel

/// The file name of a generated document: quote number, version and kind, safe as one path
/// component whatever the data holds (`10248-v1-order-confirmation.html`).
public struct DocumentFileName: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(quoteNumber: String, versionRank: Int, kind: DocumentKind, format: DocumentFormat) {
        let kindName = switch kind {
        case .proposal: "proposal"
        case .orderConfirmation: "order-confirmation"
        }
        description = "\(Self.component(quoteNumber))-v\(versionRank)-\(kindName).\(format.rawValue)"
    }

    /// `text` reduced to letters, digits, `-` and `_` (anything else becomes `_`), never empty and
    /// never `.` or `..`, so data cannot name another folder.
    public static func component(_ text: String) -> String {
        let safe = String(text.unicodeScalars.prefix(100).map { scalar -> Character in
            let isSafe = (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && scalar.isASCII
                || scalar == "-" || scalar == "_"
            return isSafe ? Character(scalar) : "_"
        })
        return safe.isEmpty ? "_" : safe
    }
}
