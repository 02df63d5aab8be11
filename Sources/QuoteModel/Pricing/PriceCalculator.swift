/// Prices lines and alternatives: the five linked line fields, the alternative discount on top,
/// VAT after every discount, and the rounding policy of the version.
///
/// Line formulas (SuperOffice's, reference §3.1): subTotal = unitListPrice × quantity;
/// discountAmount = subTotal × discountPercent / 100; totalPrice = subTotal − discountAmount;
/// earningAmount = totalPrice − unitCost × quantity; earningPercent = earningAmount / totalPrice × 100.
/// The master field (``ValueOverride``) keeps its value; the other four follow from it.
public struct PriceCalculator: Sendable {
    /// Fraction digits kept for a percentage that is computed rather than entered.
    public static let percentScale = 10

    public let currency: Currency
    public let policy: RoundingPolicy

    public init(currency: Currency, policy: RoundingPolicy) {
        self.currency = currency
        self.policy = policy
    }

    /// An amount as the policy stores it: rounded to the minor unit per line, exact per total.
    func amount(_ value: ExactDecimal) -> ExactDecimal {
        policy == .perLine ? currency.rounded(value) : value
    }

    func percent(of part: ExactDecimal, in whole: ExactDecimal) -> ExactDecimal {
        (part * .hundred).divided(by: whole, scale: Self.percentScale) ?? .zero
    }

    /// The line with subTotal, discount, totalPrice and earning recomputed from its master field.
    /// Input no quote can mean (see ``checkInput(_:)``) is refused.
    public func price(_ line: QuoteLine) throws(QuoteError) -> QuoteLine {
        try checkInput(line)
        var line = line
        line.subTotal = amount(line.unitListPrice * line.billedQuantity)
        let cost = line.unitCost.map { amount($0 * line.billedQuantity) }

        switch line.valueOverride {
        case .none:
            if let erpPercent = line.erpDiscountPercent {
                line.discountPercent = erpPercent
                line.discountAmount = amount(line.subTotal.percent(erpPercent))
            } else if let erpAmount = line.erpDiscountAmount {
                line.discountAmount = amount(erpAmount)
                line.discountPercent = percent(of: line.discountAmount, in: line.subTotal)
            } else {
                line.discountAmount = amount(line.subTotal.percent(line.discountPercent))
            }
            line.totalPrice = line.subTotal - line.discountAmount
        case .discountPercent:
            line.discountAmount = amount(line.subTotal.percent(line.discountPercent))
            line.totalPrice = line.subTotal - line.discountAmount
        case .discountAmount:
            line.discountAmount = amount(line.discountAmount)
            line.discountPercent = percent(of: line.discountAmount, in: line.subTotal)
            line.totalPrice = line.subTotal - line.discountAmount
        case .totalPrice:
            line.totalPrice = amount(line.totalPrice)
            line.discountAmount = line.subTotal - line.totalPrice
            line.discountPercent = percent(of: line.discountAmount, in: line.subTotal)
        case .earningAmount:
            guard let cost else { throw QuoteError(.invalid, "line \(line.rank) has no unit cost, so its earning cannot set its price") }
            line.totalPrice = cost + amount(line.earningAmount ?? .zero)
            line.discountAmount = line.subTotal - line.totalPrice
            line.discountPercent = percent(of: line.discountAmount, in: line.subTotal)
        case .earningPercent:
            guard let cost else { throw QuoteError(.invalid, "line \(line.rank) has no unit cost, so its earning cannot set its price") }
            let earningPercent = line.earningPercent ?? .zero
            guard earningPercent < .hundred else {
                throw QuoteError(.invalid, "line \(line.rank): an earning of \(earningPercent) % leaves no room for cost")
            }
            let total = (cost * .hundred).divided(by: .hundred - earningPercent, scale: ExactDecimal.maximumScale / 2) ?? .zero
            line.totalPrice = amount(total)
            line.discountAmount = line.subTotal - line.totalPrice
            line.discountPercent = percent(of: line.discountAmount, in: line.subTotal)
        }

        if let cost {
            let earning = line.totalPrice - cost
            if line.valueOverride != .earningAmount { line.earningAmount = earning }
            if line.valueOverride != .earningPercent {
                line.earningPercent = line.totalPrice.isZero ? nil : percent(of: earning, in: line.totalPrice)
            }
        } else {
            line.earningAmount = nil
            line.earningPercent = nil
        }
        return line
    }
}
