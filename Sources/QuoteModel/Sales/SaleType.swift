/// A kind of sale, carrying the quote rules of SuperOffice's "Sale – Type, Stages, Quote" list.
public struct SaleType: Sendable, Hashable, Codable {
    public var id: Int64?
    public var name: String
    /// Days a sent quote stays valid, counted from the day it is sent.
    public var quoteValidityDays: Int
    /// Whether a quote may have more than one alternative.
    public var allowsAlternatives: Bool
    /// A total discount above this percentage needs approval; nil means no limit.
    public var maxDiscountPercent: ExactDecimal?
    /// An earning below this percentage needs approval; nil means no limit.
    public var minEarningPercent: ExactDecimal?
    /// The template used for the quote details of a proposal.
    public var quoteTemplate: String
    /// The template used for order confirmations.
    public var confirmationTemplate: String
    /// The culture its documents use when none is asked for (`sv-SE`); nil for the settings' default.
    public var defaultCulture: String?
    /// The kind of UBL order confirmation its orders get unless `order --profile` says otherwise.
    public var confirmationProfile: ConfirmationProfile

    public init(
        id: Int64? = nil, name: String, quoteValidityDays: Int = 30, allowsAlternatives: Bool = true,
        maxDiscountPercent: ExactDecimal? = nil, minEarningPercent: ExactDecimal? = nil,
        quoteTemplate: String = "proposal", confirmationTemplate: String = "order-confirmation", defaultCulture: String? = nil,
        confirmationProfile: ConfirmationProfile = .standard
    ) {
        self.id = id
        self.name = name
        self.quoteValidityDays = quoteValidityDays
        self.allowsAlternatives = allowsAlternatives
        self.maxDiscountPercent = maxDiscountPercent
        self.minEarningPercent = minEarningPercent
        self.quoteTemplate = quoteTemplate
        self.confirmationTemplate = confirmationTemplate
        self.defaultCulture = defaultCulture
        self.confirmationProfile = confirmationProfile
    }
}
