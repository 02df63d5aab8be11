import XCTest
@testable import ExactValues
@testable import QuoteModel

/// Algebraic identities over a few thousand pseudo-random values in the ranges quotes use:
/// quantities up to 10^9 with 3 decimals, prices up to 10^12 with 2–4 decimals, percentages
/// with 2 decimals. The generator is seeded, so every run checks the same cases.
final class ExactDecimalPropertyTests: XCTestCase {
    static let iterations = 3_000

    private func quantity(_ random: inout SplitMix64) -> ExactDecimal {
        random.decimal(maxWhole: 1_000_000_000, scale: 3, signed: false)
    }

    private func price(_ random: inout SplitMix64) -> ExactDecimal {
        random.decimal(maxWhole: 1_000_000_000_000, scale: Int.random(in: 2...4, using: &random))
    }

    private func percentage(_ random: inout SplitMix64) -> ExactDecimal {
        random.decimal(maxWhole: 100, scale: 2)
    }

    func testQuantityTimesPriceTimesPercentNeitherOverflowsNorLosesDigits() throws {
        var random = SplitMix64(seed: 0x5155_4F54_4544_4F43)
        for _ in 0..<Self.iterations {
            let q = quantity(&random), p = price(&random), r = percentage(&random)
            let amount = try q * p
            XCTAssertEqual(amount.scale, q.scale + p.scale, "\(q) × \(p) keeps every fraction digit")
            let share = try amount.percent(r)
            XCTAssertEqual(share.scale, amount.scale + r.scale + 2, "\(amount) × \(r) % keeps every fraction digit")
            // Exactness, checked by division: each product divides back to its factor.
            if !p.isZero { XCTAssertEqual(try amount.divided(by: p, scale: q.scale), q, "(\(q) × \(p)) / \(p)") }
            if !r.isZero {
                XCTAssertEqual(try (share * .hundred).divided(by: r, scale: amount.scale), amount, "\(amount) × \(r) % / \(r) %")
            }
            let taxed = try (amount - amount.percent(r)) * (ExactDecimal.hundred + r)
            XCTAssertEqual(taxed, try amount * (.hundred - r) * (.hundred + r) * ExactDecimal(significand: 1, scale: 2))
        }
    }

    func testProductDividedByAFactorGivesTheOtherFactor() throws {
        var random = SplitMix64(seed: 1)
        for _ in 0..<Self.iterations {
            let a = price(&random), b = quantity(&random)
            guard !b.isZero else { continue }
            XCTAssertEqual(try (a * b).divided(by: b, scale: a.scale)?.description, a.description, "(\(a) × \(b)) / \(b)")
        }
    }

    func testAddingThenSubtractingGivesTheValueBack() throws {
        var random = SplitMix64(seed: 2)
        for _ in 0..<Self.iterations {
            let a = price(&random), b = price(&random)
            XCTAssertEqual(try a + b - b, a, "\(a) + \(b) − \(b)")
            XCTAssertEqual(try a - b + b, a, "\(a) − \(b) + \(b)")
            XCTAssertEqual(try a + b, try b + a)
            XCTAssertEqual(try a - b, -(try b - a))
        }
    }

    func testAdditionIsAssociative() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<Self.iterations {
            let a = price(&random), b = quantity(&random), c = percentage(&random)
            XCTAssertEqual(try (a + b) + c, try a + (b + c), "(\(a) + \(b)) + \(c)")
        }
    }

    func testMultiplicationCommutesAndDistributes() throws {
        var random = SplitMix64(seed: 4)
        for _ in 0..<Self.iterations {
            let a = quantity(&random), b = price(&random), c = price(&random)
            XCTAssertEqual(try a * b, try b * a)
            XCTAssertEqual(try a * (b + c), try a * b + a * c, "\(a) × (\(b) + \(c))")
        }
    }

    func testRoundingIsIdempotentAndWithinHalfAUnit() throws {
        var random = SplitMix64(seed: 5)
        for _ in 0..<Self.iterations {
            let x = try price(&random) * percentage(&random)
            let scale = Int.random(in: 0...x.scale, using: &random)
            let unit = ExactDecimal(significand: 1, scale: scale)
            for rule in RoundingRule.allCases {
                let once = try x.rounded(scale: scale, rule: rule)
                XCTAssertEqual(once.scale, scale)
                XCTAssertEqual(try once.rounded(scale: scale, rule: rule).description, once.description, "\(x) \(rule)")
                XCTAssertEqual(try (-x).rounded(scale: scale, rule: rule), -once, "rounding is symmetric about zero")
                let error = try (x - once).magnitude
                switch rule {
                case .towardZero:
                    XCTAssertLessThan(error, unit)
                    XCTAssertLessThanOrEqual(once.magnitude, x.magnitude)
                case .halfUp, .halfEven:
                    XCTAssertLessThanOrEqual(try error * 2, unit, "\(x) \(rule) → \(once)")
                }
            }
        }
    }

    func testComparisonAgreesWithTheSignOfTheDifference() throws {
        var random = SplitMix64(seed: 6)
        for index in 0..<Self.iterations {
            let a = price(&random)
            // Every third pair is numerically equal but written at another scale.
            let b = index % 3 == 0 ? try a.rounded(scale: 4) : price(&random)
            let sign = try (a - b).signum
            XCTAssertEqual(a < b, sign < 0, "\(a) < \(b)")
            XCTAssertEqual(a > b, sign > 0, "\(a) > \(b)")
            XCTAssertEqual(a == b, sign == 0, "\(a) == \(b)")
            if a == b { XCTAssertEqual(a.hashValue, b.hashValue) }
        }
    }

    func testTruncatedQuotientIsTheLargestThatFits() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<Self.iterations {
            let a = price(&random), b = quantity(&random)
            guard !b.isZero else { continue }
            let scale = Int.random(in: 0...6, using: &random)
            guard let q = try a.divided(by: b, scale: scale, rule: .towardZero) else { return XCTFail("\(a) / \(b)") }
            let unit = ExactDecimal(significand: 1, scale: scale)
            XCTAssertLessThanOrEqual(try (q * b).magnitude, a.magnitude, "\(a) / \(b) → \(q)")
            XCTAssertGreaterThan(try ((q.magnitude + unit) * b).magnitude, a.magnitude, "\(a) / \(b) → \(q)")
            XCTAssertTrue(q.isZero || (q.signum == a.signum * b.signum))
        }
    }
}
