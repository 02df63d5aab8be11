import XCTest
@testable import QuoteModel

/// An alternative: Σ line totals, the alternative discount on top, VAT per rate after every discount.
final class AlternativePricingTests: XCTestCase {
    let perLine = PriceCalculator(currency: .usd, policy: .perLine)
    let perTotal = PriceCalculator(currency: .usd, policy: .perTotal)

    /// Four lines: 100.00 at 25 % VAT, 3 × 33.33 at 12 %, 7 × 0.10 at 0 %, 2 × 19.99 less 15 % at 6 %.
    private func lines(withCosts: Bool = true) -> [QuoteLine] {
        [
            QuoteLine(alternativeId: 1, rank: 1, name: "A", vatPercent: dec("25"), unitCost: withCosts ? dec("60") : nil,
                      unitListPrice: dec("100"), quantity: dec("1")),
            QuoteLine(alternativeId: 1, rank: 2, name: "B", vatPercent: dec("12"), unitCost: dec("20"),
                      unitListPrice: dec("33.33"), quantity: dec("3")),
            QuoteLine(alternativeId: 1, rank: 3, name: "C", vatPercent: dec("0"), unitCost: dec("0.05"),
                      unitListPrice: dec("0.10"), quantity: dec("7")),
            QuoteLine(alternativeId: 1, rank: 4, name: "D", vatPercent: dec("6"), unitCost: dec("10"),
                      unitListPrice: dec("19.99"), quantity: dec("2"), discountPercent: dec("15"), valueOverride: .discountPercent),
        ]
    }

    private func alternative(
        discountPercent: String = "10", valueOverride: ValueOverride = .discountPercent, withCosts: Bool = true,
        configure: (inout QuoteAlternative) -> Void = { _ in }
    ) -> AlternativeWithLines {
        var header = QuoteAlternative(versionId: 1, name: "Standard", discountPercent: dec(discountPercent), valueOverride: valueOverride)
        configure(&header)
        return AlternativeWithLines(alternative: header, lines: lines(withCosts: withCosts))
    }

    private func assertConsistent(_ priced: PricedAlternative, _ calculator: PriceCalculator, file: StaticString = #filePath, line: UInt = #line) throws {
        let header = priced.alternative.alternative
        let lines = priced.alternative.lines
        XCTAssertEqual(priced.lineFigures.count, lines.count, file: file, line: line)
        XCTAssertEqual(header.totalPrice, try header.subTotal - header.discountAmount, "totalPrice = subTotal − discount", file: file, line: line)
        let shares = try priced.lineFigures.sum(\.totalPriceWithAlternativeDiscount)
        let vat = try priced.lineFigures.sum(\.vatAmount)
        switch calculator.policy {
        case .perLine:
            XCTAssertEqual(shares, header.totalPrice, "line shares add up to the alternative totalPrice", file: file, line: line)
            XCTAssertEqual(vat, header.vatAmount, "line VAT adds up to the alternative VAT", file: file, line: line)
        case .perTotal:
            // Full precision through the sums, rounded once at the end.
            XCTAssertEqual(try calculator.currency.rounded(shares), header.totalPrice, "line shares round to the alternative totalPrice", file: file, line: line)
            XCTAssertEqual(try calculator.currency.rounded(vat), header.vatAmount, "line VAT rounds to the alternative VAT", file: file, line: line)
        }
        XCTAssertEqual(try header.totalPriceIncVAT, try header.totalPrice + header.vatAmount, file: file, line: line)
        for (figures, quoteLine) in zip(priced.lineFigures, lines) {
            XCTAssertEqual(figures.totalPriceIncVAT, try figures.totalPriceWithAlternativeDiscount + figures.vatAmount, file: file, line: line)
            XCTAssertEqual(figures.vatAmount, try calculator.amount(figures.totalPriceWithAlternativeDiscount.percent(quoteLine.vatPercent)),
                           "VAT is taken on the line after the alternative discount", file: file, line: line)
        }
    }

    func testSubTotalIsTheSumOfLineTotals() throws {
        let priced = try perLine.price(alternative(discountPercent: "0"))
        let lineTotals = priced.alternative.lines.map(\.totalPrice)
        XCTAssertEqual(lineTotals, [dec("100"), dec("99.99"), dec("0.70"), dec("33.98")])
        XCTAssertEqual(priced.alternative.alternative.subTotal, try lineTotals.sum { $0 })
        XCTAssertIdentical(priced.alternative.alternative.subTotal, "234.67")
        XCTAssertEqual(priced.alternative.alternative.totalPrice, dec("234.67"))
        XCTAssertEqual(priced.alternative.alternative.discountAmount, .zero)
    }

    func testAlternativeDiscountPercentOnTopOfLineDiscounts() throws {
        let priced = try perLine.price(alternative())
        let header = priced.alternative.alternative
        XCTAssertEqual(header.subTotal, dec("234.67"))
        XCTAssertIdentical(header.discountAmount, "23.47")  // 23.467 rounded half-up
        XCTAssertIdentical(header.totalPrice, "211.20")
        XCTAssertEqual(header.discountPercent, dec("10"))
        try assertConsistent(priced, perLine)
    }

    func testVATPerLineAfterTheAlternativeDiscount() throws {
        let priced = try perLine.price(alternative())
        let header = priced.alternative.alternative
        XCTAssertEqual(priced.lineFigures.map(\.totalPriceWithAlternativeDiscount), [dec("90.00"), dec("89.99"), dec("0.63"), dec("30.58")])
        XCTAssertEqual(priced.lineFigures.map(\.vatAmount), [dec("22.50"), dec("10.80"), dec("0"), dec("1.83")])
        XCTAssertEqual(try priced.lineFigures.sum(\.vatAmount), header.vatAmount)
        XCTAssertIdentical(header.vatAmount, "35.13")
        XCTAssertEqual(try header.totalPriceIncVAT, dec("246.33"))
        XCTAssertEqual(try header.totalPriceIncVAT, try header.totalPrice + header.vatAmount)
    }

    func testLineSharesAddUpForManyDiscounts() throws {
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let percent = random.decimal(maxWhole: 99, scale: 2, signed: false)
            for calculator in [perLine, perTotal] {
                let priced = try calculator.price(alternative(discountPercent: percent.description))
                try assertConsistent(priced, calculator)
            }
        }
    }

    func testPerTotalKeepsExactLineSharesAndRoundsTheTotalsOnce() throws {
        let header = QuoteAlternative(versionId: 1, name: "Standard", discountPercent: dec("10"), valueOverride: .discountPercent)
        let lines = [
            QuoteLine(alternativeId: 1, rank: 1, name: "Third", vatPercent: dec("25"), unitListPrice: dec("0.333"), quantity: dec("3")),
            QuoteLine(alternativeId: 1, rank: 2, name: "Dime", vatPercent: dec("25"), unitListPrice: dec("0.10"), quantity: dec("1")),
        ]
        let priced = try perTotal.price(AlternativeWithLines(alternative: header, lines: lines))
        let total = priced.alternative.alternative
        XCTAssertIdentical(total.subTotal, "1.10")  // 1.099
        XCTAssertIdentical(total.totalPrice, "0.99")  // 1.099 − 0.1099 = 0.9891
        XCTAssertIdentical(total.discountAmount, "0.11")
        XCTAssertEqual(try priced.lineFigures.sum(\.totalPriceWithAlternativeDiscount), dec("0.9891"))
        XCTAssertIdentical(total.vatAmount, "0.25")  // 0.9891 × 25 % = 0.247275
        try assertConsistent(priced, perTotal)
    }

    func testDiscountAmountAsMaster() throws {
        let priced = try perLine.price(alternative(valueOverride: .discountAmount) { $0.discountAmount = dec("20") })
        let header = priced.alternative.alternative
        XCTAssertEqual(header.discountAmount, dec("20"))
        XCTAssertEqual(try header.discountPercent.rounded(scale: 2).description, "8.52")
        XCTAssertEqual(header.totalPrice, dec("214.67"))
        try assertConsistent(priced, perLine)
    }

    func testTotalPriceAsMaster() throws {
        let priced = try perLine.price(alternative(valueOverride: .totalPrice) { $0.totalPrice = dec("200") })
        let header = priced.alternative.alternative
        XCTAssertEqual(header.totalPrice, dec("200"))
        XCTAssertEqual(header.discountAmount, dec("34.67"))
        XCTAssertEqual(try header.discountPercent.rounded(scale: 2).description, "14.77")
        try assertConsistent(priced, perLine)
    }

    func testEarningOverAllLines() throws {
        let priced = try perLine.price(alternative())
        let header = priced.alternative.alternative
        // Costs: 60 + 3 × 20 + 7 × 0.05 + 2 × 10 = 140.35.
        XCTAssertEqual(header.earningAmount, dec("70.85"))
        XCTAssertEqual(try header.earningPercent?.rounded(scale: 2).description, "33.55")
    }

    func testEarningIsNilWhenALineHasNoCost() throws {
        let priced = try perLine.price(alternative(withCosts: false))
        XCTAssertNil(priced.alternative.alternative.earningAmount)
        XCTAssertNil(priced.alternative.alternative.earningPercent)
        XCTAssertThrowsError(try perLine.price(alternative(valueOverride: .earningAmount, withCosts: false) { $0.earningAmount = dec("10") }))
    }

    func testEarningAmountAsMaster() throws {
        let priced = try perLine.price(alternative(valueOverride: .earningAmount) { $0.earningAmount = dec("59.65") })
        let header = priced.alternative.alternative
        XCTAssertEqual(header.totalPrice, dec("200"))
        XCTAssertEqual(header.earningAmount, dec("59.65"))
        XCTAssertEqual(header.discountAmount, dec("34.67"))
        try assertConsistent(priced, perLine)
    }

    func testEarningPercentAsMaster() throws {
        let priced = try perLine.price(alternative(valueOverride: .earningPercent) { $0.earningPercent = dec("30") })
        let header = priced.alternative.alternative
        XCTAssertIdentical(header.totalPrice, "200.50")  // 140.35 / 0.7
        XCTAssertEqual(header.earningPercent, dec("30"))
        XCTAssertEqual(header.earningAmount, dec("60.15"))
        try assertConsistent(priced, perLine)
        XCTAssertThrowsError(try perLine.price(alternative(valueOverride: .earningPercent) { $0.earningPercent = dec("100") })) { error in
            XCTAssertTrue(error is QuoteError)
        }
    }

    func testERPDiscountPercentAppliesWithoutMaster() throws {
        let priced = try perLine.price(alternative(discountPercent: "0", valueOverride: .none) { $0.erpDiscountPercent = dec("10") })
        let header = priced.alternative.alternative
        XCTAssertEqual(header.discountPercent, dec("10"))
        XCTAssertEqual(header.discountAmount, dec("23.47"))
        XCTAssertEqual(header.totalPrice, dec("211.20"))
    }

    func testERPDiscountAmountAppliesWithoutMaster() throws {
        let priced = try perLine.price(alternative(discountPercent: "0", valueOverride: .none) { $0.erpDiscountAmount = dec("20") })
        let header = priced.alternative.alternative
        XCTAssertEqual(header.discountAmount, dec("20"))
        XCTAssertEqual(try header.discountPercent.rounded(scale: 2).description, "8.52")
        XCTAssertEqual(header.totalPrice, dec("214.67"))
        try assertConsistent(priced, perLine)
    }

    func testEmptyAlternativeIsZero() throws {
        let priced = try perLine.price(AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "Empty", discountPercent: dec("10")), lines: []))
        let header = priced.alternative.alternative
        XCTAssertEqual(header.subTotal, .zero)
        XCTAssertEqual(header.totalPrice, .zero)
        XCTAssertEqual(header.vatAmount, .zero)
        XCTAssertTrue(priced.lineFigures.isEmpty)
    }

    func testFavouriteIsTheMarkedAlternativeOrTheFirst() throws {
        let first = AlternativeWithLines(alternative: QuoteAlternative(id: 1, versionId: 1, rank: 1, name: "A"), lines: [])
        let second = AlternativeWithLines(alternative: QuoteAlternative(id: 2, versionId: 1, rank: 2, name: "B"), lines: [])
        var version = VersionWithAlternatives(version: QuoteVersion(quoteId: 1, favouriteAlternativeId: 2), alternatives: [first, second])
        XCTAssertEqual(version.favourite?.alternative.name, "B")
        version.version.favouriteAlternativeId = nil
        XCTAssertEqual(version.favourite?.alternative.name, "A")
    }
}
