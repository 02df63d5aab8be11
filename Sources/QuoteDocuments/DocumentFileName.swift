import QuoteModel

/// The file name of a generated document: quote number, version and kind
/// (`10248-v1-order-confirmation.html`). The quote number is a ``PathComponent``, so the name is
/// safe whatever the data holds and different documents never share one.
public struct DocumentFileName: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(quoteNumber: String, versionRank: Int, kind: DocumentKind, format: DocumentFormat) {
        let kindName = switch kind {
        case .proposal: "proposal"
        case .orderConfirmation: "order-confirmation"
        }
        description = "\(PathComponent(quoteNumber))-v\(versionRank)-\(kindName).\(format.rawValue)"
    }
}
