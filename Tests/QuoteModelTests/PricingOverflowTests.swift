import XCTest
@testable import QuoteModel

/// Figures within the input limits whose results pass an exact decimal's range are refused with
/// a pricing error naming the line or alternative (each of these crashed before).
final class PricingOverflowTests: XCTestCase {
    let perTotal = PriceCalculator(currency: .usd, policy: .perTotal)
    let largest = ExactDecimal(significand: ExactDecimal.maximumSignificand, scale: 0)

    func assertPricingError<T>(_ expected: String, _ body: () throws(QuoteError) -> T, file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try body()
            XCTFail("no pricing error", file: file, line: line)
        } catch {
            XCTAssertEqual(error.description, expected, file: file, line: line)
        }
    }

    func testALineDiscountOfTheLargestAmountOnAMillionthIsAPricingError() {
        // The discount percentage is 10^21 / 0.000001 × 100: 10^29 %, past the range at 10 decimals.
        let line = QuoteLine(
            alternativeId: 1, rank: 3, name: "Tiny", unitListPrice: dec("0.000001"), quantity: 1,
            discountAmount: PriceCalculator.maximumLineAmount, valueOverride: .discountAmount)
        assertPricingError(
            "line 3: a figure is too large to price: 100000000000000000000000 ÷ 0.000001 to 10 decimals is too large: "
                + "an exact decimal holds at most 170141183460469231731687303715884105727 (39 digits)"
        ) { () throws(QuoteError) in try perTotal.price(line) }
    }

    func testAnAlternativeTotalPastTheRangeIsAPricingError() {
        let header = QuoteAlternative(versionId: 1, name: "Premium", totalPrice: largest)
        var alternative = AlternativeWithLines(alternative: header, lines: [QuoteLine(alternativeId: 1, rank: 1, name: "One", unitListPrice: 1, quantity: 1)])
        alternative.alternative.valueOverride = .totalPrice
        assertPricingError(
            "alternative 'Premium': a figure is too large to price: \(largest) written with 2 decimals is too large: "
                + "an exact decimal holds at most \(largest) (39 digits)"
        ) { () throws(QuoteError) in try perTotal.price(alternative) }
    }

    func testStoredFiguresThatAddUpPastTheRangeAreAnOverflow() {
        let header = QuoteAlternative(id: 1, versionId: 1, name: "Stored", totalPrice: largest, vatAmount: 1)
        let version = VersionWithAlternatives(
            version: QuoteVersion(id: 1, quoteId: 1, favouriteAlternativeId: 1), alternatives: [AlternativeWithLines(alternative: header, lines: [])])
        XCTAssertThrowsError(try perTotal.figures(for: version)) { error in
            XCTAssertEqual((error as? ArithmeticOverflow)?.operation, "\(largest) + 1")
        }
        XCTAssertThrowsError(try header.totalPriceIncVAT)
    }
}
