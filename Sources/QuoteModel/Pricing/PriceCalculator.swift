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
    func amount(_ value: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        policy == .perLine ? try currency.rounded(value) : value
    }

    func percent(of part: ExactDecimal, in whole: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        try (part * .hundred).divided(by: whole, scale: Self.percentScale) ?? .zero
    }

    /// The line with subTotal, discount, totalPrice and earning recomputed from its master field.
    /// Input no quote can mean (see ``checkInput(_:)``) is refused, and so is a figure too large
    /// for an exact decimal.
    public func price(_ line: QuoteLine) throws(QuoteError) -> QuoteLine {
        try checkInput(line)
        do {
            return try repriced(line)
        } catch let error as QuoteError {
            throw error
        } catch {
            throw QuoteError(.invalid, "line \(line.rank): a figure is too large to price: \(error)")
        }
    }

    /// The work of `price(_:)` on a checked line: a pricing error, or an
    /// ``ArithmeticOverflow`` for it to name the line.
    private func repriced(_ line: QuoteLine) throws -> QuoteLine {
        var line = line
        let units = try line.billedQuantity
        line.subTotal = try amount(line.unitListPrice * units)
        let cost = try line.unitCost.map { unitCost throws(ArithmeticOverflow) in try amount(unitCost * units) }

        switch line.valueOverride {
        case .none:
            if let erpPercent = line.erpDiscountPercent {
                line.discountPercent = erpPercent
                line.discountAmount = try amount(line.subTotal.percent(erpPercent))
            } else if let erpAmount = line.erpDiscountAmount {
                line.discountAmount = try amount(erpAmount)
                line.discountPercent = try percent(of: line.discountAmount, in: line.subTotal)
            } else {
                line.discountAmount = try amount(line.subTotal.percent(line.discountPercent))
            }
            line.totalPrice = try line.subTotal - line.discountAmount
        case .discountPercent:
            line.discountAmount = try amount(line.subTotal.percent(line.discountPercent))
            line.totalPrice = try line.subTotal - line.discountAmount
        case .discountAmount:
            line.discountAmount = try amount(line.discountAmount)
            line.discountPercent = try percent(of: line.discountAmount, in: line.subTotal)
            line.totalPrice = try line.subTotal - line.discountAmount
        case .totalPrice:
            line.totalPrice = try amount(line.totalPrice)
            line.discountAmount = try line.subTotal - line.totalPrice
            line.discountPercent = try percent(of: line.discountAmount, in: line.subTotal)
        case .earningAmount:
            guard let cost else { throw QuoteError(.invalid, "line \(line.rank) has no unit cost, so its earning cannot set its price") }
            line.totalPrice = try cost + amount(line.earningAmount ?? .zero)
            line.discountAmount = try line.subTotal - line.totalPrice
            line.discountPercent = try percent(of: line.discountAmount, in: line.subTotal)
        case .earningPercent:
            guard let cost else { throw QuoteError(.invalid, "line \(line.rank) has no unit cost, so its earning cannot set its price") }
            let earningPercent = line.earningPercent ?? .zero
            guard earningPercent < .hundred else {
                throw QuoteError(.invalid, "line \(line.rank): an earning of \(earningPercent) % leaves no room for cost")
            }
            let total = try (cost * .hundred).divided(by: .hundred - earningPercent, scale: ExactDecimal.maximumScale / 2) ?? .zero
            line.totalPrice = try amount(total)
            line.discountAmount = try line.subTotal - line.totalPrice
            line.discountPercent = try percent(of: line.discountAmount, in: line.subTotal)
        }

        if let cost {
            let earning = try line.totalPrice - cost
            if line.valueOverride != .earningAmount { line.earningAmount = earning }
            if line.valueOverride != .earningPercent {
                line.earningPercent = line.totalPrice.isZero ? nil : try percent(of: earning, in: line.totalPrice)
            }
        } else {
            line.earningAmount = nil
            line.earningPercent = nil
        }
        return line
    }
}
