import XCTest
@testable import QuoteModel

/// VAT is computed per rate on the rate's taxable amount and rounded once (EN 16931 BR-S-08/09,
/// Peppol T110-R024), then shared out over the rate's lines, so the lines' VAT adds up to it.
final class VATPerRateTests: XCTestCase {
    let perLine = PriceCalculator(currency: .usd, policy: .perLine)

    func line(_ rank: Int, _ price: String, vat: String = "25") -> QuoteLine {
        QuoteLine(alternativeId: 1, rank: rank, name: "L\(rank)", vatPercent: dec(vat), unitListPrice: dec(price), quantity: 1)
    }

    func testTheRatesVATIsItsTaxableAmountTimesTheRateRoundedOnceNotTheSumOfRoundedLines() throws {
        // Rounded per line, 0.10 × 25 % = 0.025 → 0.03 three times gives 0.09; the rate's 0.30 × 25 % is 0.075 → 0.08.
        let priced = try perLine.price(AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "A"), lines: [line(1, "0.10"), line(2, "0.10"), line(3, "0.10")]))
        XCTAssertIdentical(priced.alternative.alternative.vatAmount, "0.08")
        XCTAssertEqual(priced.lineFigures.map(\.vatAmount.description), ["0.03", "0.03", "0.02"], "each line its own VAT, the last the remainder")
        let rates = try VATRateFigures.breakdown(priced.alternative.lines, priced.lineFigures)
        XCTAssertEqual(rates.count, 1)
        XCTAssertIdentical(rates[0].taxableAmount, "0.30")
        XCTAssertIdentical(rates[0].vatAmount, "0.08")
    }

    func testEachRateIsRoundedOnItsOwnAndTheAlternativeDiscountIsSharedBeforeVAT() throws {
        var header = QuoteAlternative(versionId: 1, name: "A")
        header.valueOverride = .discountPercent
        header.discountPercent = 10
        let lines = [line(1, "0.10", vat: "12"), line(2, "0.15", vat: "25"), line(3, "0.10", vat: "12"), line(4, "0.15", vat: "25"), line(5, "9.99", vat: "0")]
        let priced = try perLine.price(AlternativeWithLines(alternative: header, lines: lines))
        let rates = try VATRateFigures.breakdown(priced.alternative.lines, priced.lineFigures)
        XCTAssertEqual(rates.map(\.vatPercent.description), ["0", "12", "25"], "lowest rate first")
        for rate in rates {
            XCTAssertEqual(rate.vatAmount, try PriceCalculator(currency: .usd, policy: .perLine).money(rate.taxableAmount.percent(rate.vatPercent)), "rate \(rate.vatPercent)")
            XCTAssertEqual(rate.taxableAmount, try rate.lineExtensionAmount - rate.allowanceAmount)
        }
        XCTAssertEqual(try rates.sum(\.allowanceAmount), priced.alternative.alternative.discountAmount)
        XCTAssertEqual(try rates.sum(\.vatAmount), priced.alternative.alternative.vatAmount)
        XCTAssertEqual(try rates.sum(\.lineExtensionAmount), priced.alternative.alternative.subTotal)
    }
}
