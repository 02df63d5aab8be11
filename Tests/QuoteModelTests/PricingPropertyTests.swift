import PropertyBased
import QuoteModel
import Testing

/// Invariants of the pricing engine over random alternatives: what a document prints always
/// adds up under per-line rounding, nothing overflows at the input limits, and pricing twice
/// changes nothing.
@Suite struct PricingPropertyTests {
    /// A random line within the input limits: price up to 10^12 with up to 4 decimals, quantity
    /// up to 10^9 with up to 3 decimals, any of the five masters, a cost, a VAT rate. (Made
    /// within those limits it never overflows; a generator cannot throw, so it hands on the
    /// outcome and each test unwraps it.)
    static let line = zip(
        Gen.int64(in: 0...1_000_000_000_000_0000).map { ExactDecimal(significand: Int128($0), scale: 4) },
        Gen.int64(in: 0...1_000_000_000_000).map { ExactDecimal(significand: Int128($0), scale: 3) },
        Gen.int(in: 0...4),
        Gen.int(in: 0...10_000),
        Gen.int(in: 0...3)
    ).map { price, quantity, master, masterValue, vatIndex in Result { () throws(ArithmeticOverflow) -> QuoteLine in
        var line = QuoteLine(
            alternativeId: 1, rank: 1, name: "Random", vatPercent: [0, 6, ExactDecimal("12.5")!, 25][vatIndex],
            unitCost: try (price * ExactDecimal(significand: 7, scale: 1)).rounded(scale: 4), unitListPrice: price, quantity: quantity)
        let percent = ExactDecimal(significand: Int128(masterValue), scale: 2)  // 0 to 100.00
        let gross = try (price * quantity).rounded(scale: 2)
        switch master {
        case 0:
            line.valueOverride = .discountPercent
            line.discountPercent = percent
        case 1:
            line.valueOverride = .discountAmount
            line.discountAmount = try gross.percent(percent).rounded(scale: 2)
        case 2:
            line.valueOverride = .totalPrice
            line.totalPrice = try gross.percent(.hundred - percent).rounded(scale: 2)
        case 3:
            line.valueOverride = .earningPercent
            line.earningPercent = try percent.percent(ExactDecimal(significand: 99, scale: 0)).rounded(scale: 2)
        default:
            line.valueOverride = .none
            line.erpDiscountPercent = percent
        }
        return line
    } }

    static let alternative = zip(line.array(of: 1...25), Gen.int(in: 0...5_000)).map { lines, discount in
        Result { () throws(ArithmeticOverflow) -> AlternativeWithLines in
            var header = QuoteAlternative(versionId: 1, name: "Random")
            header.valueOverride = .discountPercent
            header.discountPercent = ExactDecimal(significand: Int128(discount), scale: 2)
            let ranked = try lines.enumerated().map { index, made throws(ArithmeticOverflow) in
                var line = try made.get()
                line.rank = index + 1
                return line
            }
            return AlternativeWithLines(alternative: header, lines: ranked)
        }
    }

    static let perLine = PriceCalculator(currency: .usd, policy: .perLine)
    static let perTotal = PriceCalculator(currency: .usd, policy: .perTotal)

    @Test func perLineTotalsAlwaysAddUpToTheCent() async {
        await propertyCheck(count: 300, input: Self.alternative) { made in
            let priced = try Self.perLine.price(made.get())
            let header = priced.alternative.alternative
            let lines = priced.alternative.lines
            #expect(try lines.sum(\.totalPrice) == header.subTotal)
            #expect(try header.subTotal - header.discountAmount == header.totalPrice)
            #expect(try header.totalPrice + header.vatAmount == header.totalPriceIncVAT)
            #expect(try priced.lineFigures.sum(\.vatAmount) == header.vatAmount)
            #expect(try priced.lineFigures.sum(\.totalPriceWithAlternativeDiscount) == header.totalPrice)
            for line in lines {
                #expect(try line.subTotal - line.discountAmount == line.totalPrice)
                for amount in [line.subTotal, line.discountAmount, line.totalPrice] {
                    #expect(amount.normalized.scale <= 2, "every line amount is in whole cents")
                }
            }
        }
    }

    @Test func perTotalTotalsReconcileAndAreRoundedOnce() async {
        await propertyCheck(count: 300, input: Self.alternative) { made in
            let priced = try Self.perTotal.price(made.get())
            let header = priced.alternative.alternative
            let exactSum = try priced.alternative.lines.sum(\.totalPrice)
            #expect(try header.subTotal == exactSum.rounded(scale: 2))
            #expect(try header.subTotal - header.discountAmount == header.totalPrice)
            #expect(header.totalPrice.normalized.scale <= 2)
            #expect(header.vatAmount.normalized.scale <= 2)
        }
    }

    @Test func pricingTwiceChangesNothing() async {
        await propertyCheck(count: 200, input: Self.alternative) { made in
            let alternative = try made.get()
            for calculator in [Self.perLine, Self.perTotal] {
                let once = try calculator.price(alternative)
                let twice = try calculator.price(once.alternative)
                #expect(twice.alternative == once.alternative)
                #expect(twice.lineFigures == once.lineFigures)
            }
        }
    }

    @Test func theLargestQuantitiesAndPricesDoNotOverflow() throws {
        var line = QuoteLine(
            alternativeId: 1, rank: 1, name: "Huge", vatPercent: 25, unitCost: PriceCalculator.maximumUnitPrice,
            unitListPrice: PriceCalculator.maximumUnitPrice, quantity: PriceCalculator.maximumQuantity)
        line.valueOverride = .discountPercent
        line.discountPercent = ExactDecimal("33.333333")!
        var header = QuoteAlternative(versionId: 1, name: "Huge")
        header.discountPercent = ExactDecimal("12.5")!
        let alternative = AlternativeWithLines(alternative: header, lines: Array(repeating: line, count: 1000))
        for calculator in [Self.perLine, Self.perTotal] {
            let priced = try calculator.price(alternative)
            #expect(priced.alternative.alternative.subTotal > ExactDecimal("1000000000000000000000")!)
            #expect(try priced.alternative.alternative.subTotal - priced.alternative.alternative.discountAmount == priced.alternative.alternative.totalPrice)
        }
    }
}
