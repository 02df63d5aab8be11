import XCTest
@testable import ExactValues
@testable import QuoteModel

/// The edges of the range: every value prints and reads back, the range is symmetric (no
/// `Int128.min`), and every result too large is an ``ArithmeticOverflow`` naming the operation,
/// never a crash.
final class ExactDecimalLimitTests: XCTestCase {
    static let largest = ExactDecimal.maximumSignificand
    static let tooLargeText = "170141183460469231731687303715884105728"

    /// Asserts that `body` throws an overflow whose message names `operation`.
    func assertOverflows<T>(
        _ operation: String, _ body: () throws(ArithmeticOverflow) -> T, file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let result = try body()
            XCTFail("\(operation) gave \(result) instead of an overflow", file: file, line: line)
        } catch {
            XCTAssertEqual(error.operation, operation, file: file, line: line)
            XCTAssertEqual(error.description, "\(operation) is too large: an exact decimal holds at most \(Self.largest) (39 digits)", file: file, line: line)
        }
    }

    // MARK: The two cases the fuzzer found

    func testTheProductOfTwoTwentyDigitNumbersPrintsAndReadsBack() throws {
        let product = try dec("10000000000000000000") * dec("10000000000000000000")
        XCTAssertIdentical(product, "1" + String(repeating: "0", count: 38))
        XCTAssertEqual(ExactDecimal(product.description)?.significand, product.significand)
        XCTAssertEqual(ExactDecimal(product.description)?.scale, 0)
    }

    func testASumReachingInt128MinIsAnOverflowAndNegatingAnyResultNeverFails() throws {
        let lowest = ExactDecimal(significand: -Self.largest, scale: 0)
        assertOverflows("-\(Self.largest) + -1") { () throws(ArithmeticOverflow) in try lowest + ExactDecimal(-1) }
        assertOverflows("-\(Self.largest) − 1") { () throws(ArithmeticOverflow) in try lowest - ExactDecimal(1) }
        // With fraction digits to spare, the last one is rounded instead.
        let lowestCents = ExactDecimal(significand: -Self.largest, scale: 2)
        XCTAssertIdentical(try lowestCents + dec("-0.01"), "-1701411834604692317316873037158841057.3")
        XCTAssertIdentical(-lowest, Self.largest.description)
        XCTAssertIdentical(lowest.magnitude, Self.largest.description)
        XCTAssertIdentical((-lowestCents).magnitude, "1701411834604692317316873037158841057.27")
    }

    // MARK: Text

    func testTheExtremesPrintAndReadBackAtEveryScale() throws {
        for scale in 0...ExactDecimal.maximumScale {
            for significand in [Self.largest, -Self.largest, Self.largest - 1, -(Self.largest - 1), 0, 1, -1] {
                let value = ExactDecimal(significand: significand, scale: scale)
                let read = try XCTUnwrap(ExactDecimal(value.description), value.description)
                XCTAssertEqual(read.significand, significand, value.description)
                XCTAssertEqual(read.scale, scale, value.description)
            }
        }
    }

    func testInt128MinIsRefusedAsTextAtEveryScale() {
        for scale in 0...ExactDecimal.maximumScale {
            let digits = Self.tooLargeText
            let text = scale == 0 ? digits : String(digits.dropLast(scale)) + "." + String(digits.suffix(scale))
            XCTAssertNil(ExactDecimal("-" + text), "-" + text)
            XCTAssertNil(ExactDecimal(text), text)
        }
    }

    func testDescriptionWithDecimalsRoundsOrPadsAndNeverFails() {
        XCTAssertEqual(dec("12").description(decimals: 2), "12.00")
        XCTAssertEqual(dec("-9.8").description(decimals: 3), "-9.800")
        XCTAssertEqual(dec("2.345").description(decimals: 2), "2.35")
        XCTAssertEqual(dec("2.345").description(decimals: 2, rule: .halfEven), "2.34")
        XCTAssertEqual(dec("0.5").description(decimals: 0), "1")
        XCTAssertEqual(ExactDecimal(significand: Self.largest, scale: 0).description(decimals: 2), Self.largest.description + ".00")
        XCTAssertIdentical(ExactDecimal(significand: -Self.largest, scale: 18).rounded(toAtMost: 2), "-170141183460469231731.69")
        XCTAssertIdentical(dec("9.8").rounded(toAtMost: 2), "9.8")
    }

    // MARK: Every operation past the range

    func testEveryOperationPastTheRangeThrowsAnOverflowNamingIt() {
        let largest = ExactDecimal(significand: Self.largest, scale: 0)
        let tiny = dec("0.000000000000000001")
        assertOverflows("\(largest) + 1") { () throws(ArithmeticOverflow) in try largest + 1 }
        assertOverflows("\(largest) − -1") { () throws(ArithmeticOverflow) in try largest - (-1) }
        assertOverflows("-\(largest) − \(largest)") { () throws(ArithmeticOverflow) in try -largest - largest }
        assertOverflows("\(largest) × 2") { () throws(ArithmeticOverflow) in try largest * 2 }
        assertOverflows("-\(largest) × 1.5") { () throws(ArithmeticOverflow) in try -largest * dec("1.5") }
        assertOverflows("200 % of \(largest)") { () throws(ArithmeticOverflow) in try largest.percent(200) }
        assertOverflows("\(largest) ÷ 0.5 to 0 decimals") { () throws(ArithmeticOverflow) in try largest.divided(by: dec("0.5"), scale: 0) }
        assertOverflows("1000 ÷ \(tiny) to 18 decimals") { () throws(ArithmeticOverflow) in try ExactDecimal(1000).divided(by: tiny, scale: 18) }
        assertOverflows("\(largest) written with 2 decimals") { () throws(ArithmeticOverflow) in try largest.rounded(scale: 2) }
        assertOverflows("\(largest) written with 2 decimals") { () throws(ArithmeticOverflow) in try Currency.usd.rounded(largest) }
        assertOverflows("\(largest) + 1") { () throws(ArithmeticOverflow) in
            var sum = largest
            try sum += 1
            return sum
        }
        assertOverflows("\(largest) + 1") { () throws(ArithmeticOverflow) in try [largest, 1].sum { $0 } }
    }

    func testResultsJustInsideTheRangeAreExact() throws {
        let largest = ExactDecimal(significand: Self.largest, scale: 0)
        XCTAssertIdentical(try (largest - 1) + 1, Self.largest.description)
        XCTAssertIdentical(try -largest + largest, "0")
        XCTAssertIdentical(try largest * 1, Self.largest.description)
        XCTAssertIdentical(try largest.percent(100), Self.largest.description)
        XCTAssertIdentical(try XCTUnwrap(largest.divided(by: 1, scale: 0)), Self.largest.description)
        XCTAssertIdentical(try XCTUnwrap(largest.divided(by: -1, scale: 0)), "-" + Self.largest.description)
        XCTAssertIdentical(try largest.rounded(scale: 0), Self.largest.description)
        // Past 39 digits in all, fraction digits go first (half-up), the whole part is kept.
        XCTAssertIdentical(try ExactDecimal(significand: Self.largest, scale: 18) * 10, "1701411834604692317316.87303715884105727")
        XCTAssertIdentical(try ExactDecimal(significand: Self.largest, scale: 18) + dec("0.000000000000000001"),
                           "170141183460469231731.68730371588410573")
    }
}
