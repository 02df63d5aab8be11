import QuoteModel

/// Which alternatives a document shows.
public enum AlternativeSelection: String, Sendable, Hashable, CaseIterable {
    /// The favourite only (for an order confirmation: the accepted alternative).
    case favourite
    case all
}

/// What to render: which document, for which version, in which language.
public struct DocumentOptions: Sendable, Hashable {
    public var kind: DocumentKind
    public var alternatives: AlternativeSelection
    /// The culture identifier (`sv-SE`); nil for the default, en-US.
    public var culture: String?
    /// The day the document is issued.
    public var issueDate: LocalDate
    /// For an order confirmation, the kind of UBL it is written as; nil for the sale type's.
    public var profile: ConfirmationProfile?

    public init(
        kind: DocumentKind, alternatives: AlternativeSelection = .favourite, culture: String? = nil, issueDate: LocalDate,
        profile: ConfirmationProfile? = nil
    ) {
        self.kind = kind
        self.alternatives = alternatives
        self.culture = culture
        self.issueDate = issueDate
        self.profile = profile
    }
}
