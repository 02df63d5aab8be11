/// The settings of SuperOffice's Settings tab that quotedoc keeps, one set per database.
public struct QuoteSettings: Sendable, Hashable, Codable {
    /// The text of a follow-up activity when sending names none.
    public static let standardFollowUpText = "Follow up on the quote"
    /// The culture documents use when neither the command, the sale type nor the settings name one.
    public static let fallbackCulture = "en-US"

    /// "Use discount on total value": whether an alternative may carry a discount on its total.
    public var allowsAlternativeDiscount: Bool
    /// The text of the follow-up activity `send` records when it is given no text.
    public var followUpText: String
    /// The culture documents use when neither the command nor the sale type names one; nil for en-US.
    public var defaultCulture: String?

    public init(allowsAlternativeDiscount: Bool = true, followUpText: String = Self.standardFollowUpText, defaultCulture: String? = nil) {
        self.allowsAlternativeDiscount = allowsAlternativeDiscount
        self.followUpText = followUpText
        self.defaultCulture = defaultCulture
    }

    /// The culture of a document: the one asked for, else the sale type's default, else these
    /// settings' default, else en-US.
    public func culture(requested: String?, saleType: SaleType) -> String {
        requested ?? saleType.defaultCulture ?? defaultCulture ?? Self.fallbackCulture
    }

    /// Checks the settings' own rules: a follow-up text that is not blank.
    public func validate() throws(QuoteError) {
        if followUpText.allSatisfy(\.isWhitespace) {
            throw QuoteError(.invalid, "the default follow-up text cannot be blank")
        }
    }
}
