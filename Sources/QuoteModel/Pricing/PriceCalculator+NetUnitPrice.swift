extension PriceCalculator {
    /// The most decimals a net unit price is given with.
    public static let netUnitPriceMaximumScale = 10

    /// The price of one unit of `line` after its discount, as a document prints it beside the
    /// line's total: totalPrice ÷ billed quantity with the fewest decimals (at least the
    /// currency's minor unit) that give the line's total back when multiplied by the quantity
    /// and rounded to the minor unit, so a customer's calculator (or an ERP importing the XML)
    /// gets the printed total. A line without a discount keeps its list price; a line with no
    /// quantity has its list price as its net price.
    public func netUnitPrice(of line: QuoteLine) throws(ArithmeticOverflow) -> ExactDecimal {
        let units = try line.billedQuantity
        guard line.totalPrice != line.subTotal, !units.isZero else { return line.unitListPrice }
        let total = try currency.rounded(line.totalPrice)
        // One division, cut (not rounded) two digits past the most a price gets: rounding that
        // half-up to any scale up to the most gives what dividing to that scale would, since the
        // cut never moves a quotient across a half.
        guard let quotient = try line.totalPrice.divided(by: units, scale: Self.netUnitPriceMaximumScale + 2, rule: .towardZero) else { return line.unitListPrice }
        var price = quotient
        for scale in currency.minorUnits...Self.netUnitPriceMaximumScale {
            price = try quotient.rounded(scale: scale)
            if try currency.rounded(price * units) == total { return price }
        }
        return price
    }
}
