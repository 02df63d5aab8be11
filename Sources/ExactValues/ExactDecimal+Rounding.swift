/// How a value is rounded when fraction digits are dropped.
public enum RoundingRule: String, Sendable, Codable, CaseIterable {
    /// Halves go away from zero (2.345 → 2.35, −2.345 → −2.35): commercial rounding.
    case halfUp
    /// Halves go to the even neighbour (2.345 → 2.34, 2.355 → 2.36): banker's rounding.
    case halfEven
    /// Fraction digits are cut off (2.349 → 2.34).
    case towardZero
}

extension ExactDecimal {
    /// The value with exactly `scale` fraction digits, rounded by `rule` when digits are dropped.
    ///
    /// Widening (`9.8` to scale 2 → `9.80`) is exact, and an ``ArithmeticOverflow`` when the
    /// wider significand would pass ``maximumSignificand``; dropping digits never fails.
    public func rounded(scale newScale: Int, rule: RoundingRule = .halfUp) throws(ArithmeticOverflow) -> ExactDecimal {
        precondition((0...Self.maximumScale).contains(newScale), "scale \(newScale) out of range")
        if newScale <= scale { return narrowed(scale: newScale, rule: rule) }
        let (digits, overflow) = significand.multipliedReportingOverflow(by: Self.powerOfTen(newScale - scale))
        // Never exactly Int128.min: 2^127 is no multiple of a power of ten.
        guard !overflow else { throw ArithmeticOverflow("\(self) written with \(newScale) decimals") }
        return ExactDecimal(significand: digits, scale: newScale)
    }

    /// The value with at most `decimals` fraction digits: digits past them rounded by `rule`, a
    /// value with fewer left as it is. Never fails (no digit is added).
    public func rounded(toAtMost decimals: Int, rule: RoundingRule = .halfUp) -> ExactDecimal {
        precondition((0...Self.maximumScale).contains(decimals), "scale \(decimals) out of range")
        return decimals < scale ? narrowed(scale: decimals, rule: rule) : self
    }

    /// The value with `newScale` (at most `scale`) fraction digits, rounded by `rule`.
    func narrowed(scale newScale: Int, rule: RoundingRule) -> ExactDecimal {
        if newScale == scale { return self }
        let divisor = Self.powerOfTen(scale - newScale)
        let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
        return ExactDecimal(
            significand: Self.round(quotient: quotient, remainder: remainder, divisor: divisor, rule: rule),
            scale: newScale
        )
    }

    /// Rounds an integer division result: `quotient` and `remainder` come from dividing by
    /// `divisor` with truncation (the remainder has the dividend's sign).
    static func round(quotient: Int128, remainder: Int128, divisor: Int128, rule: RoundingRule) -> Int128 {
        let negative = (remainder < 0) != (divisor < 0)
        let bump = roundsAwayFromZero(
            quotient: quotient.magnitude, remainder: remainder.magnitude, divisor: divisor.magnitude, rule: rule)
        guard bump else { return quotient }
        return negative ? quotient - 1 : quotient + 1
    }

    /// Whether a truncated division of magnitudes should be rounded one step away from zero.
    static func roundsAwayFromZero(quotient: UInt128, remainder: UInt128, divisor: UInt128, rule: RoundingRule) -> Bool {
        if remainder == 0 || rule == .towardZero { return false }
        // Compare 2·remainder with divisor without overflow: remainder < divisor.
        let half = divisor / 2
        if remainder > half { return true }
        if remainder < half { return false }
        if divisor % 2 == 1 { return false }  // remainder == floor(divisor / 2) < divisor / 2
        return rule == .halfUp || quotient % 2 == 1
    }
}
