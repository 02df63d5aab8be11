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
        var rates: [VATRateFigures] = []
        // By index: a quote line is a large struct, and `zip` would copy each one out.
        for index in 0..<min(lines.count, figures.count) {
            let vatPercent = lines[index].vatPercent
            let position = rates.firstIndex { $0.vatPercent == vatPercent } ?? {
                rates.append(VATRateFigures(vatPercent: vatPercent, lineExtensionAmount: .zero, allowanceAmount: .zero, taxableAmount: .zero, vatAmount: .zero))
                return rates.count - 1
            }()
            try rates[position].lineExtensionAmount += lines[index].totalPrice
            try rates[position].taxableAmount += figures[index].totalPriceWithAlternativeDiscount
            try rates[position].vatAmount += figures[index].vatAmount
        }
        for position in rates.indices {
            rates[position].allowanceAmount = try rates[position].lineExtensionAmount - rates[position].taxableAmount
        }
        return rates.sorted { $0.vatPercent < $1.vatPercent }
    }
}
