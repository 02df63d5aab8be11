import XCTest
@testable import ExactValues
@testable import QuoteModel

/// A decimal from its text; a test failure (not a crash) when the text does not parse.
func dec(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        XCTFail("'\(text)' does not parse as an ExactDecimal", file: file, line: line)
        return .zero
    }
    return value
}

/// A date from its text; a test failure (not a crash) when the text does not parse.
func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LocalDate {
    guard let value = LocalDate(text) else {
        XCTFail("'\(text)' does not parse as a LocalDate", file: file, line: line)
        return LocalDate(daysSinceEpoch: 0)
    }
    return value
}

/// Asserts that two decimals are numerically equal and print identically (same scale).
func XCTAssertIdentical(
    _ actual: ExactDecimal, _ expected: String, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.description, expected, message, file: file, line: line)
}

/// SplitMix64: a small deterministic pseudo-random generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A decimal with up to `maxWhole` whole units and exactly `scale` fraction digits, of random sign
    /// when `signed`.
    mutating func decimal(maxWhole: Int64, scale: Int, signed: Bool = true) -> ExactDecimal {
        let limit = Int128(maxWhole) * ExactDecimal.powerOfTen(scale)
        let magnitude = Int128(UInt64.random(in: 0...UInt64(limit), using: &self))
        let negative = signed && Bool.random(using: &self)
        return ExactDecimal(significand: negative ? -magnitude : magnitude, scale: scale)
    }
}
