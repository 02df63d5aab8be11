/// A discount on a whole alternative: a percentage of its sub total, or an amount.
public enum AlternativeDiscount: Sendable, Hashable {
    case percent(ExactDecimal)
    case amount(ExactDecimal)
}

extension VersionWithAlternatives {
    /// Gives the alternative at `alternative` a discount on its total, on top of the line
    /// discounts; the one given is kept as lines change. Refused when the settings turn
    /// "use discount on total value" off.
    public mutating func setDiscount(_ discount: AlternativeDiscount, ofAlternative alternative: Int, settings: QuoteSettings) throws(QuoteError) {
        guard settings.allowsAlternativeDiscount else {
            throw QuoteError(
                .notAllowed, "a discount on an alternative's total is turned off in the settings (use discount on total value)",
                remedy: .allowAlternativeDiscount)
        }
        switch discount {
        case .percent(let percent):
            alternatives[alternative].alternative.valueOverride = .discountPercent
            alternatives[alternative].alternative.discountPercent = percent
        case .amount(let amount):
            alternatives[alternative].alternative.valueOverride = .discountAmount
            alternatives[alternative].alternative.discountAmount = amount
        }
    }
}
