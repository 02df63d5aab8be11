import XCTest
@testable import QuoteModel

/// The net unit price a document prints beside a discounted line: the fewest decimals (at least
/// the currency's) that give the line total back when multiplied by the quantity and rounded.
final class NetUnitPriceTests: XCTestCase {
    func priced(_ price: String, _ quantity: String, discount: String?, currency: Currency = .usd) throws -> (QuoteLine, PriceCalculator) {
        let calculator = PriceCalculator(currency: currency, policy: .perLine)
        var line = QuoteLine(alternativeId: 1, rank: 1, name: "L", unitListPrice: dec(price), quantity: dec(quantity))
        if let discount {
            line.valueOverride = .discountPercent
            line.discountPercent = dec(discount)
        }
        return (try calculator.price(line), calculator)
    }

    func testALineWithoutADiscountKeepsItsListPriceAtItsOwnPrecision() throws {
        let (line, calculator) = try priced("1234.567", "3", discount: nil)
        XCTAssertIdentical(try calculator.netUnitPrice(of: line), "1234.567")
    }

    func testADiscountedLineGetsTheShortestPriceThatGivesItsTotalBack() throws {
        let (line, calculator) = try priced("10", "3", discount: "10")
        XCTAssertIdentical(line.totalPrice, "27.00")
        XCTAssertIdentical(try calculator.netUnitPrice(of: line), "9.00")

        let (odd, oddCalculator) = try priced("1234.567", "3", discount: "5")
        let net = try oddCalculator.netUnitPrice(of: odd)
        XCTAssertEqual(try Currency.usd.rounded(net * odd.quantity), odd.totalPrice, "\(net) × 3 gives \(odd.totalPrice)")
        XCTAssertGreaterThan(net.normalized.scale, 2, "two decimals cannot give \(odd.totalPrice) back")
    }

    func testJPYAndKWDUseTheirOwnMinorUnits() throws {
        let (yen, yenCalculator) = try priced("1234.5", "7", discount: "3", currency: Currency(code: "JPY")!)
        let yenNet = try yenCalculator.netUnitPrice(of: yen)
        XCTAssertEqual(try Currency(code: "JPY")!.rounded(yenNet * 7), yen.totalPrice)
        let (dinar, dinarCalculator) = try priced("12.3456", "7", discount: "2.5", currency: Currency(code: "KWD")!)
        let dinarNet = try dinarCalculator.netUnitPrice(of: dinar)
        XCTAssertGreaterThanOrEqual(dinarNet.normalized.scale, 3)
        XCTAssertEqual(try Currency(code: "KWD")!.rounded(dinarNet * 7), dinar.totalPrice)
    }

    func testNoQuantityMeansTheListPrice() throws {
        let (line, calculator) = try priced("5.55", "0", discount: "10")
        XCTAssertIdentical(try calculator.netUnitPrice(of: line), "5.55")
    }

    /// The price found by dividing once and rounding the cut quotient is the one dividing to each
    /// scale would find: random discounted lines in USD, JPY and KWD against that reference.
    func testOneDivisionFindsWhatDividingAtEachScaleWould() throws {
        var random = SplitMix64(seed: 0x4E45_5450_5249_4345)
        for _ in 0..<2_000 {
            let currency = [Currency.usd, Currency(code: "JPY")!, Currency(code: "KWD")!][Int(random.next() % 3)]
            let price = ExactDecimal(significand: Int128(random.next() % 10_000_000), scale: Int(random.next() % 5))
            let quantity = ExactDecimal(significand: Int128(1 + random.next() % 500), scale: Int(random.next() % 3))
            let calculator = PriceCalculator(currency: currency, policy: .perLine)
            var line = QuoteLine(alternativeId: 1, rank: 1, name: "L", unitListPrice: price, quantity: quantity)
            line.valueOverride = .discountPercent
            line.discountPercent = ExactDecimal(significand: Int128(1 + random.next() % 9_999), scale: 2)
            let priced = try calculator.price(line)
            XCTAssertEqual(try calculator.netUnitPrice(of: priced), try Self.reference(priced, currency), "\(price) × \(quantity) less \(line.discountPercent) %")
        }
    }

    /// The net unit price by its definition: dividing to each scale in turn.
    static func reference(_ line: QuoteLine, _ currency: Currency) throws -> ExactDecimal {
        let units = try line.billedQuantity
        guard line.totalPrice != line.subTotal, !units.isZero else { return line.unitListPrice }
        var price = line.unitListPrice
        for scale in currency.minorUnits...PriceCalculator.netUnitPriceMaximumScale {
            price = try line.totalPrice.divided(by: units, scale: scale) ?? line.unitListPrice
            if try currency.rounded(price * units) == currency.rounded(line.totalPrice) { return price }
        }
        return price
    }
}
