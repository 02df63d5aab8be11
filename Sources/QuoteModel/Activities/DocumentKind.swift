/// What a generated document is.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case proposal
    case orderConfirmation
}

/// The file format of a generated document.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case html
    case xml
    case pdf
    case eml
    /// A file attached to the version (terms, a data sheet), sent with the proposal as it is.
    case attachment
}
