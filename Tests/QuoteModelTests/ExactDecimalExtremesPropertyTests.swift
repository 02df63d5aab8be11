import PropertyBased
import QuoteModel
import Testing

/// Properties over the whole range of exact decimals, weighted towards its edges (within a
/// thousand of ±Int128.max) and towards small values, at every scale: what the fuzzer looked
/// for. Every value reads back from its text; every operation gives a value that does, or an
/// ``ArithmeticOverflow``, and overflows exactly when the result cannot fit.
@Suite struct ExactDecimalExtremesPropertyTests {
    static let largest = ExactDecimal.maximumSignificand

    static let significand = Gen.frequency(
        (1, Gen.int128(in: -largest...largest)),
        (1, Gen.int128(in: (largest - 1000)...largest)),
        (1, Gen.int128(in: -largest...(-largest + 1000))),
        (1, Gen.int128(in: -1_000_000...1_000_000)))

    /// Any value at any scale.
    static let decimal = zip(significand, Gen.int(in: 0...ExactDecimal.maximumScale))
        .map { ExactDecimal(significand: $0, scale: $1) }

    /// Any whole number (scale 0), where the exact result of `+` and `×` is known.
    static let whole = significand.map { ExactDecimal(significand: $0, scale: 0) }

    /// Asserts that `value` prints as text that reads back as the same significand and scale.
    static func expectReadsBack(_ value: ExactDecimal, _ what: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        let read = ExactDecimal(value.description)
        #expect(read?.significand == value.significand && read?.scale == value.scale,
                "\(what()) = \(value) does not read back", sourceLocation: sourceLocation)
    }

    /// The outcome of `body`: its value, which must read back, or nil for an overflow.
    static func outcome(_ what: String, _ body: () throws(ArithmeticOverflow) -> ExactDecimal?) -> ExactDecimal?? {
        do {
            let value = try body()
            if let value { expectReadsBack(value, what) }
            return .some(value)
        } catch {
            #expect(error.description.hasPrefix(error.operation), "\(what): \(error)")
            return nil
        }
    }

    @Test func everyValueReadsBackFromItsText() async {
        await propertyCheck(count: 3000, input: Self.decimal) { value in
            Self.expectReadsBack(value, "a value")
        }
    }

    @Test func negationAndMagnitudeNeverFail() async {
        await propertyCheck(count: 2000, input: Self.decimal) { x throws in
            #expect((-(-x)).significand == x.significand)
            #expect(x.magnitude == (-x).magnitude)
            #expect(!x.magnitude.isNegative)
            #expect(try x + (-x) == .zero)
            #expect(try x - x == .zero)
            Self.expectReadsBack(-x, "-\(x)")
        }
    }

    @Test func everyOperationGivesAValueThatReadsBackOrAnOverflow() async {
        await propertyCheck(count: 3000, input: Self.decimal, Self.decimal, Gen.int(in: 0...ExactDecimal.maximumScale)) { a, b, scale in
            _ = Self.outcome("\(a) + \(b)") { () throws(ArithmeticOverflow) in try a + b }
            _ = Self.outcome("\(a) − \(b)") { () throws(ArithmeticOverflow) in try a - b }
            _ = Self.outcome("\(a) × \(b)") { () throws(ArithmeticOverflow) in try a * b }
            _ = Self.outcome("\(b) % of \(a)") { () throws(ArithmeticOverflow) in try a.percent(b) }
            for rule in RoundingRule.allCases {
                _ = Self.outcome("\(a) ÷ \(b) to \(scale) (\(rule))") { () throws(ArithmeticOverflow) in try a.divided(by: b, scale: scale, rule: rule) }
                _ = Self.outcome("\(a) at scale \(scale) (\(rule))") { () throws(ArithmeticOverflow) in try a.rounded(scale: scale, rule: rule) }
            }
            _ = Self.outcome("\(a) in JPY") { () throws(ArithmeticOverflow) in try Currency(code: "JPY")!.rounded(a) }
            _ = Self.outcome("\(a) in KWD") { () throws(ArithmeticOverflow) in try Currency(code: "KWD")!.rounded(a) }
        }
    }

    @Test func wholeNumbersAddExactlyAndOverflowOnlyPastTheRange() async {
        await propertyCheck(count: 3000, input: Self.whole, Self.whole) { a, b throws in
            // |a + b| passes the range only when both have one sign and |a| > largest − |b|.
            let fits = a.signum * b.signum <= 0 || a.significand.magnitude <= UInt128(Self.largest) - b.significand.magnitude
            switch Self.outcome("\(a) + \(b)", { () throws(ArithmeticOverflow) in try a + b }) {
            case .some(let sum?):
                #expect(fits, "\(a) + \(b) = \(sum) should have overflowed")
                #expect(sum.scale == 0)
                #expect(try sum - b == a, "\(a) + \(b) = \(sum) is not exact")
            case .some(nil):
                Issue.record("a sum is never nil")
            case nil:
                #expect(!fits, "\(a) + \(b) fits, yet overflowed")
            }
        }
    }

    @Test func wholeNumbersMultiplyExactlyAndOverflowOnlyPastTheRange() async {
        await propertyCheck(count: 3000, input: Self.whole, Self.whole) { a, b throws in
            let fits = b.isZero || a.significand.magnitude <= UInt128(Self.largest) / b.significand.magnitude
            switch Self.outcome("\(a) × \(b)", { () throws(ArithmeticOverflow) in try a * b }) {
            case .some(let product?):
                #expect(fits, "\(a) × \(b) = \(product) should have overflowed")
                #expect(product.scale == 0)
                if !b.isZero { #expect(try product.divided(by: b, scale: 0, rule: .towardZero) == a, "\(a) × \(b) = \(product) is not exact") }
            case .some(nil):
                Issue.record("a product is never nil")
            case nil:
                #expect(!fits, "\(a) × \(b) fits, yet overflowed")
            }
        }
    }
}
