/// The figures of one VAT rate in an alternative: what an EN 16931 / UBL tax breakdown and its
/// document-level allowances carry.
public struct VATRateFigures: Sendable, Hashable {
    public var vatPercent: ExactDecimal
    /// Σ totalPrice of the lines at this rate, before the alternative's discount.
    public var lineExtensionAmount: ExactDecimal
    /// The alternative discount's shares on these lines.
    public var allowanceAmount: ExactDecimal
    /// lineExtensionAmount − allowanceAmount.
    public var taxableAmount: ExactDecimal
    /// Σ VAT of these lines: taxableAmount × vatPercent / 100, rounded once (see
    /// ``PriceCalculator`` line figures).
    public var vatAmount: ExactDecimal

    /// One entry per VAT rate of `lines`, lowest rate first; `figures` are the lines' figures
    /// after the alternative discount, in the same order.
    public static func breakdown(_ lines: [QuoteLine], _ figures: [LineFigures]) throws(ArithmeticOverflow) -> [VATRateFigures] {
        var rates: [ExactDecimal: VATRateFigures] = [:]
        for (line, figure) in zip(lines, figures) {
            var rate = rates[line.vatPercent]
                ?? VATRateFigures(vatPercent: line.vatPercent, lineExtensionAmount: .zero, allowanceAmount: .zero, taxableAmount: .zero, vatAmount: .zero)
            try rate.lineExtensionAmount += line.totalPrice
            try rate.taxableAmount += figure.totalPriceWithAlternativeDiscount
            try rate.vatAmount += figure.vatAmount
            rate.allowanceAmount = try rate.lineExtensionAmount - rate.taxableAmount
            rates[line.vatPercent] = rate
        }
        return rates.values.sorted { $0.vatPercent < $1.vatPercent }
    }
}
