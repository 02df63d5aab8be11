/// The figures of one line after the alternative discount: what a document prints per line.
public struct LineFigures: Sendable, Hashable, Codable {
    /// The line's rank in its alternative.
    public var rank: Int
    /// The line's share of the alternative's totalPrice (its totalPrice less its share of the
    /// alternative discount). Under per-line rounding these shares add up to the alternative's
    /// totalPrice exactly; under per-total rounding they are exact and add up to the unrounded
    /// total, which rounds to the stored one.
    public var totalPriceWithAlternativeDiscount: ExactDecimal
    public var vatAmount: ExactDecimal
    /// totalPriceWithAlternativeDiscount + vatAmount.
    public var totalPriceIncVAT: ExactDecimal
}

/// An alternative with every line and total computed, and the per-line figures behind its VAT.
public struct PricedAlternative: Sendable, Hashable {
    public var alternative: AlternativeWithLines
    /// One entry per line, in the same order.
    public var lineFigures: [LineFigures]
}

extension PriceCalculator {
    /// Prices every line, then the alternative: subTotal = Σ line totalPrice, the alternative
    /// discount on top, VAT per line after every discount, and earning over all lines. A figure
    /// too large for an exact decimal is refused.
    public func price(_ alternative: AlternativeWithLines) throws(QuoteError) -> PricedAlternative {
        do {
            return try repriced(alternative)
        } catch let error as QuoteError {
            throw error
        } catch {
            throw QuoteError(.invalid, "alternative '\(alternative.alternative.name)': a figure is too large to price: \(error)")
        }
    }

    /// The work of `price(_:)` on an alternative: a pricing error, or an
    /// ``ArithmeticOverflow`` for it to name the alternative.
    private func repriced(_ alternative: AlternativeWithLines) throws -> PricedAlternative {
        var result = alternative
        var lines: [QuoteLine] = []
        lines.reserveCapacity(alternative.lines.count)
        for line in alternative.lines { lines.append(try price(line)) }
        result.lines = lines

        var header = alternative.alternative
        // Exact under perTotal; under perLine every part is already rounded, so these are too.
        let subTotal = try lines.sum(\.totalPrice)
        let knownCosts = try lines.map { line in try line.unitCost.map { try amount($0 * line.billedQuantity) } }
        let totalCost: ExactDecimal? = knownCosts.contains { $0 == nil } ? nil : try knownCosts.sum { $0 ?? .zero }

        switch header.valueOverride {
        case .none, .discountPercent:
            guard (0...ExactDecimal.hundred).contains(header.discountPercent) else {
                throw QuoteError(.invalid, "alternative '\(header.name)': discount \(header.discountPercent) % is outside 0 to 100")
            }
        case .discountAmount:
            guard !header.discountAmount.isNegative else {
                throw QuoteError(.invalid, "alternative '\(header.name)': a discount amount cannot be negative")
            }
        case .totalPrice, .earningAmount, .earningPercent:
            break
        }
        let discount: ExactDecimal
        switch header.valueOverride {
        case .none, .discountPercent:
            if header.valueOverride == .none, header.erpDiscountPercent == nil, let erpAmount = header.erpDiscountAmount {
                // As on a line: with no master and no ERP percent, the ERP discount amount applies.
                discount = try money(erpAmount)
                header.discountPercent = try percent(of: discount, in: subTotal)
            } else {
                if header.valueOverride == .none, let erpPercent = header.erpDiscountPercent { header.discountPercent = erpPercent }
                discount = try amount(subTotal.percent(header.discountPercent))
            }
        case .discountAmount:
            discount = try money(header.discountAmount)
            header.discountPercent = try percent(of: discount, in: subTotal)
        case .totalPrice:
            discount = try subTotal - money(header.totalPrice)
            header.discountPercent = try percent(of: discount, in: subTotal)
        case .earningAmount, .earningPercent:
            guard let totalCost else { throw QuoteError(.invalid, "alternative '\(header.name)' has lines without a unit cost, so its earning cannot set its price") }
            let total: ExactDecimal
            if header.valueOverride == .earningAmount {
                total = try totalCost + money(header.earningAmount ?? .zero)
            } else {
                let earningPercent = header.earningPercent ?? .zero
                guard earningPercent < .hundred else {
                    throw QuoteError(.invalid, "alternative '\(header.name)': an earning of \(earningPercent) % leaves no room for cost")
                }
                total = try money((totalCost * .hundred).divided(by: .hundred - earningPercent, scale: ExactDecimal.maximumScale / 2) ?? .zero)
            }
            discount = try subTotal - total
            header.discountPercent = try percent(of: discount, in: subTotal)
        }

        // The one rounding of the totals (a no-op under perLine); the stored discount is what
        // makes the printed subtotal and total reconcile.
        header.subTotal = try money(subTotal)
        header.totalPrice = try header.valueOverride == .discountAmount ? header.subTotal - discount : money(subTotal - discount)
        header.discountAmount = try header.subTotal - header.totalPrice

        let figures = try lineFigures(lines, subTotal: subTotal, discount: discount)
        header.vatAmount = try money(figures.sum(\.vatAmount))
        if let totalCost {
            let earning = try money(header.totalPrice - totalCost)
            if header.valueOverride != .earningAmount { header.earningAmount = earning }
            if header.valueOverride != .earningPercent {
                header.earningPercent = header.totalPrice.isZero ? nil : try percent(of: earning, in: header.totalPrice)
            }
        } else {
            header.earningAmount = nil
            header.earningPercent = nil
        }
        result.alternative = header
        return PricedAlternative(alternative: result, lineFigures: figures)
    }

    /// A total as stored: rounded to the minor unit under either policy (per line, the parts are
    /// already rounded, so this changes nothing; per total, this is the one rounding).
    func money(_ value: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        try currency.rounded(value)
    }

    /// Shares the alternative discount out over the lines in proportion to their totals (the
    /// last line takes the remainder, so the shares add up exactly), then the VAT: per rate, the
    /// tax on the rate's taxable amount (Σ of its lines after the discount) is rounded once and
    /// shared out over its lines the same way (each line its own VAT rounded, the rate's last
    /// line the remainder). So each rate's VAT is its taxable amount × rate, as EN 16931 and
    /// Peppol check, and the lines' VAT adds up to it.
    func lineFigures(_ lines: [QuoteLine], subTotal: ExactDecimal, discount: ExactDecimal) throws(ArithmeticOverflow) -> [LineFigures] {
        var remaining = discount
        var nets: [ExactDecimal] = []
        nets.reserveCapacity(lines.count)
        // Lines are read by index throughout: a quote line is a large struct, and a `for`-`in`
        // loop would copy each one out.
        for index in lines.indices {
            let share: ExactDecimal
            if index == lines.count - 1 {
                share = remaining
            } else {
                // The line's fraction of the subtotal first, so the product stays within range
                // at any size; the last line's remainder absorbs every rounding.
                let fraction = try lines[index].totalPrice.divided(by: subTotal, scale: ExactDecimal.maximumScale) ?? .zero
                share = try amount(discount * fraction)
            }
            try remaining -= share
            nets.append(try lines[index].totalPrice - share)
        }

        // Per rate (a quote has a handful, so a short list beats hashing): its taxable amount,
        // its last line, and the VAT still to share out.
        var rates: [(percent: ExactDecimal, taxable: ExactDecimal, lastLine: Int, remainingVAT: ExactDecimal)] = []
        for index in lines.indices {
            let vatPercent = lines[index].vatPercent
            if let position = rates.firstIndex(where: { $0.percent == vatPercent }) {
                try rates[position].taxable += nets[index]
                rates[position].lastLine = index
            } else {
                rates.append((vatPercent, nets[index], index, .zero))
            }
        }
        for position in rates.indices {
            rates[position].remainingVAT = try amount(rates[position].taxable.percent(rates[position].percent))
        }

        var figures: [LineFigures] = []
        figures.reserveCapacity(lines.count)
        for index in lines.indices {
            let vatPercent = lines[index].vatPercent
            let position = rates.firstIndex { $0.percent == vatPercent }!
            let vat = try rates[position].lastLine == index ? rates[position].remainingVAT : amount(nets[index].percent(vatPercent))
            try rates[position].remainingVAT -= vat
            figures.append(LineFigures(rank: lines[index].rank, totalPriceWithAlternativeDiscount: nets[index], vatAmount: vat, totalPriceIncVAT: try nets[index] + vat))
        }
        return figures
    }
}
