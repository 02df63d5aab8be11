import XCTest
@testable import ExactValues
@testable import QuoteModel

final class ExactDecimalArithmeticTests: XCTestCase {
    // MARK: Equality, hashing, ordering

    func testEqualityIsNumeric() throws {
        XCTAssertEqual(dec("9.8"), dec("9.80"))
        XCTAssertEqual(dec("9.8"), dec("9.800000"))
        XCTAssertEqual(dec("0"), dec("0.00"))
        XCTAssertEqual(dec("-0.00"), dec("0"))
        XCTAssertEqual(dec("-1.50"), dec("-1.5"))
        XCTAssertEqual(dec("100"), ExactDecimal.hundred)
        XCTAssertNotEqual(dec("9.8"), dec("9.81"))
        XCTAssertNotEqual(dec("1"), dec("1.000000000000000001"))
        XCTAssertNotEqual(dec("1.5"), dec("-1.5"))
    }

    func testEqualValuesHashAlike() throws {
        XCTAssertEqual(dec("9.8").hashValue, dec("9.80").hashValue)
        XCTAssertEqual(dec("0").hashValue, dec("0.000").hashValue)
        XCTAssertEqual(dec("-120").hashValue, dec("-120.00").hashValue)
    }

    func testSetDeduplicatesNumericallyEqualValues() throws {
        let set: Set<ExactDecimal> = [dec("9.8"), dec("9.80"), dec("9.800"), dec("0"), dec("0.0"), dec("-0.00"), dec("10")]
        XCTAssertEqual(set.count, 3)
        XCTAssertTrue(set.contains(dec("9.8000")))
        XCTAssertTrue(set.contains(dec("10.0")))
        XCTAssertFalse(set.contains(dec("9.81")))
    }

    func testOrderingAcrossSignsAndScales() throws {
        let ascending = ["-1000", "-2", "-1.5", "-1.49", "-0.001", "0", "0.0009", "0.001", "0.01", "1", "1.00001", "9.99", "10", "1000.000"]
        let values = ascending.map { dec($0) }
        for i in values.indices {
            for j in values.indices {
                XCTAssertEqual(values[i] < values[j], i < j, "\(values[i]) < \(values[j])")
                XCTAssertEqual(values[i] == values[j], i == j, "\(values[i]) == \(values[j])")
            }
        }
        XCTAssertEqual(values.reversed().sorted(), values)
        XCTAssertFalse(dec("9.8") < dec("9.80"))
        XCTAssertFalse(dec("9.80") < dec("9.8"))
        XCTAssertLessThan(dec("-9.81"), dec("-9.8"))
    }

    func testOrderingNearTheLimitsDoesNotOverflow() throws {
        let huge = ExactDecimal(significand: Int128.max, scale: 0)
        let hugeFraction = ExactDecimal(significand: Int128.max, scale: 18)
        XCTAssertLessThan(hugeFraction, huge)
        XCTAssertLessThan(-huge, -hugeFraction)
        XCTAssertLessThan(ExactDecimal(significand: -Int128.max, scale: 0), ExactDecimal(significand: -Int128.max, scale: 18))
    }

    // MARK: Addition, subtraction, multiplication

    func testAdditionIsExact() throws {
        XCTAssertEqual(try dec("0.1") + dec("0.2"), dec("0.3"))
        XCTAssertIdentical(try dec("0.1") + dec("0.2"), "0.3")
        XCTAssertIdentical(try dec("1.5") + dec("2.25"), "3.75")
        XCTAssertIdentical(try dec("-0.05") + dec("0.05"), "0.00")
        XCTAssertIdentical(try dec("999999999999.99") + dec("0.01"), "1000000000000.00")
        XCTAssertIdentical(try dec("0.000000000000000001") + dec("1"), "1.000000000000000001")
    }

    func testSubtractionIsExact() throws {
        XCTAssertIdentical(try dec("0.3") - dec("0.1"), "0.2")
        XCTAssertIdentical(try dec("1") - dec("1.001"), "-0.001")
        XCTAssertIdentical(try dec("-2.5") - dec("-2.5"), "0.0")
        XCTAssertIdentical(-dec("1552.60"), "-1552.60")
        XCTAssertIdentical(dec("-3.5").magnitude, "3.5")
    }

    func testCompoundAssignmentOperators() throws {
        var value = dec("10.00")
        try value += dec("0.5")
        XCTAssertIdentical(value, "10.50")
        try value -= dec("0.25")
        XCTAssertIdentical(value, "10.25")
        try value *= dec("2")
        XCTAssertIdentical(value, "20.50")
    }

    func testMultiplicationIsExact() throws {
        XCTAssertIdentical(try dec("9.8") * dec("10"), "98.0")
        XCTAssertEqual(try dec("9.8") * dec("10"), dec("98"))
        XCTAssertIdentical(try dec("0.1") * dec("0.1"), "0.01")
        XCTAssertIdentical(try dec("-1.5") * dec("2.25"), "-3.375")
        XCTAssertIdentical(try dec("-1.5") * dec("-2"), "3.0")
        XCTAssertIdentical(try dec("0.333") * dec("3"), "0.999")
        XCTAssertIdentical(try dec("999999999.999") * dec("123456789012.3456"), "123456789012222143210.9876544")
        XCTAssertIdentical(
            try dec("987654321.125") * dec("999999999999.99") * dec("12.5"), "12345679014062376543209.859375")
    }

    func testMultiplicationPastEighteenFractionDigitsRoundsHalfUp() throws {
        // 5 × 10^-19 is half of the last kept digit: it rounds up, away from zero.
        XCTAssertIdentical(try dec("0.000000005") * dec("0.0000000001"), "0.000000000000000001")
        XCTAssertIdentical(try dec("-0.000000005") * dec("0.0000000001"), "-0.000000000000000001")
        XCTAssertIdentical(try dec("0.000000004") * dec("0.0000000001"), "0.000000000000000000")
        XCTAssertIdentical(try dec("1.000000001") * dec("1.0000000001"), "1.000000001100000000")
    }

    // MARK: Rounding

    func testRoundingHalfUp() throws {
        XCTAssertIdentical(try dec("2.345").rounded(scale: 2, rule: .halfUp), "2.35")
        XCTAssertIdentical(try dec("-2.345").rounded(scale: 2, rule: .halfUp), "-2.35")
        XCTAssertIdentical(try dec("2.3449").rounded(scale: 2, rule: .halfUp), "2.34")
        XCTAssertIdentical(try dec("2.5").rounded(scale: 0, rule: .halfUp), "3")
        XCTAssertIdentical(try dec("-2.5").rounded(scale: 0, rule: .halfUp), "-3")
        XCTAssertIdentical(try dec("0.005").rounded(scale: 2, rule: .halfUp), "0.01")
        XCTAssertIdentical(try dec("-0.005").rounded(scale: 2, rule: .halfUp), "-0.01")
        XCTAssertIdentical(try dec("0.999").rounded(scale: 2, rule: .halfUp), "1.00")
        XCTAssertIdentical(try dec("1234.5678").rounded(scale: 3, rule: .halfUp), "1234.568")
        XCTAssertIdentical(try dec("1234.5678").rounded(scale: 1, rule: .halfUp), "1234.6")
        XCTAssertIdentical(try dec("1234.5678").rounded(scale: 0, rule: .halfUp), "1235")
        XCTAssertIdentical(try dec("0.999999999999999999").rounded(scale: 0, rule: .halfUp), "1")
        XCTAssertIdentical(try dec("2.345").rounded(scale: 2), "2.35", "half-up is the default")
    }

    func testRoundingHalfEven() throws {
        XCTAssertIdentical(try dec("2.345").rounded(scale: 2, rule: .halfEven), "2.34")
        XCTAssertIdentical(try dec("2.355").rounded(scale: 2, rule: .halfEven), "2.36")
        XCTAssertIdentical(try dec("-2.345").rounded(scale: 2, rule: .halfEven), "-2.34")
        XCTAssertIdentical(try dec("-2.355").rounded(scale: 2, rule: .halfEven), "-2.36")
        XCTAssertIdentical(try dec("2.3451").rounded(scale: 2, rule: .halfEven), "2.35")
        XCTAssertIdentical(try dec("0.5").rounded(scale: 0, rule: .halfEven), "0")
        XCTAssertIdentical(try dec("1.5").rounded(scale: 0, rule: .halfEven), "2")
        XCTAssertIdentical(try dec("2.5").rounded(scale: 0, rule: .halfEven), "2")
        XCTAssertIdentical(try dec("-2.5").rounded(scale: 0, rule: .halfEven), "-2")
        XCTAssertIdentical(try dec("-3.5").rounded(scale: 0, rule: .halfEven), "-4")
        XCTAssertIdentical(try dec("1234.5650").rounded(scale: 2, rule: .halfEven), "1234.56")
    }

    func testRoundingTowardZero() throws {
        XCTAssertIdentical(try dec("2.349").rounded(scale: 2, rule: .towardZero), "2.34")
        XCTAssertIdentical(try dec("-2.349").rounded(scale: 2, rule: .towardZero), "-2.34")
        XCTAssertIdentical(try dec("2.999").rounded(scale: 0, rule: .towardZero), "2")
        XCTAssertIdentical(try dec("-0.999").rounded(scale: 0, rule: .towardZero), "0")
        XCTAssertIdentical(try dec("1234.5678").rounded(scale: 3, rule: .towardZero), "1234.567")
    }

    func testRoundingToTheSameOrAWiderScaleIsExact() throws {
        for rule in RoundingRule.allCases {
            XCTAssertIdentical(try dec("9.8").rounded(scale: 2, rule: rule), "9.80")
            XCTAssertIdentical(try dec("-9.8").rounded(scale: 4, rule: rule), "-9.8000")
            XCTAssertIdentical(try dec("12").rounded(scale: 2, rule: rule), "12.00")
            XCTAssertIdentical(try dec("2.345").rounded(scale: 3, rule: rule), "2.345")
        }
    }

    func testNormalizedDropsTrailingZeros() throws {
        XCTAssertIdentical(dec("1.500").normalized, "1.5")
        XCTAssertIdentical(dec("0.000").normalized, "0")
        XCTAssertIdentical(dec("100").normalized, "100")
        XCTAssertTrue(dec("3.000").isWholeNumber)
        XCTAssertFalse(dec("3.001").isWholeNumber)
    }

    // MARK: Division and percent

    func testDivisionRoundsToTheAskedScale() throws {
        XCTAssertEqual(try dec("1").divided(by: dec("3"), scale: 4)?.description, "0.3333")
        XCTAssertEqual(try dec("2").divided(by: dec("3"), scale: 4)?.description, "0.6667")
        XCTAssertEqual(try dec("2").divided(by: dec("3"), scale: 4, rule: .towardZero)?.description, "0.6666")
        XCTAssertEqual(try dec("1").divided(by: dec("8"), scale: 2, rule: .halfEven)?.description, "0.12")
        XCTAssertEqual(try dec("1").divided(by: dec("8"), scale: 2, rule: .halfUp)?.description, "0.13")
        XCTAssertEqual(try dec("1552.60").divided(by: dec("0.5"), scale: 2)?.description, "3105.20")
        XCTAssertEqual(try dec("10").divided(by: dec("4"), scale: 0)?.description, "3")
        XCTAssertEqual(try dec("1").divided(by: dec("7"), scale: 18)?.description, "0.142857142857142857")
        XCTAssertEqual(try dec("1.23456").divided(by: dec("2"), scale: 0)?.description, "1")
        XCTAssertEqual(try dec("1.23456").divided(by: dec("2"), scale: 1)?.description, "0.6")
    }

    func testDivisionOfNegatives() throws {
        XCTAssertEqual(try dec("-1").divided(by: dec("3"), scale: 4)?.description, "-0.3333")
        XCTAssertEqual(try dec("2").divided(by: dec("-3"), scale: 4)?.description, "-0.6667")
        XCTAssertEqual(try dec("-2").divided(by: dec("-3"), scale: 4)?.description, "0.6667")
        XCTAssertEqual(try dec("-1").divided(by: dec("8"), scale: 2, rule: .halfEven)?.description, "-0.12")
        XCTAssertEqual(try dec("-1").divided(by: dec("8"), scale: 2, rule: .halfUp)?.description, "-0.13")
        XCTAssertEqual(try dec("-2").divided(by: dec("3"), scale: 4, rule: .towardZero)?.description, "-0.6666")
    }

    func testDivisionByZeroIsNil() throws {
        XCTAssertNil(try dec("1").divided(by: dec("0"), scale: 2))
        XCTAssertNil(try dec("0").divided(by: dec("0.00"), scale: 2))
        XCTAssertNil(try dec("-5").divided(by: .zero, scale: 0, rule: .towardZero))
    }

    func testPercent() throws {
        XCTAssertEqual(try dec("130").percent(dec("10")), dec("13"))
        XCTAssertEqual(try dec("200").percent(dec("12.5")), dec("25"))
        XCTAssertEqual(try dec("1552.60").percent(dec("25")), dec("388.15"))
        XCTAssertEqual(try dec("99.99").percent(dec("0.01")), dec("0.009999"))
        XCTAssertEqual(try dec("-80").percent(dec("25")), dec("-20"))
        XCTAssertEqual(try dec("80").percent(dec("-25")), dec("-20"))
        XCTAssertEqual(try dec("80").percent(.zero), .zero)
        XCTAssertEqual(try dec("80").percent(.hundred), dec("80"))
    }

    func testPercentPastEighteenFractionDigitsRoundsOnce() throws {
        // 0.0000000001 × 0.000000495 % = 4.95 × 10^-19, which rounds to 0 at 18 digits; rounding the
        // product first (to 5 × 10^-17) and the hundredth again would give 10^-18.
        XCTAssertIdentical(try dec("0.0000000001").percent(dec("0.000000495")), "0.000000000000000000")
        XCTAssertIdentical(try dec("0.0000000001").percent(dec("0.000000505")), "0.000000000000000001")
    }
}
