extension ExactDecimal {
    /// The negation; never fails, the range being symmetric.
    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    /// Exact sum, at the larger of the two scales; when the sum needs more than
    /// ``maximumSignificand`` units, the last fraction digits are rounded half-up, and a sum
    /// too large even as a whole number is an ``ArithmeticOverflow``.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        var (a, b) = aligned(lhs, rhs)
        while true {
            let (sum, overflow) = a.significand.addingReportingOverflow(b.significand)
            if !overflow, sum != .min { return ExactDecimal(significand: sum, scale: a.scale) }
            guard a.scale > 0 else { throw ArithmeticOverflow("\(lhs) + \(rhs)") }
            a = a.narrowed(scale: a.scale - 1, rule: .halfUp)
            b = b.narrowed(scale: b.scale - 1, rule: .halfUp)
        }
    }

    /// Exact difference, as ``+(_:_:)`` with `rhs` negated.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        do {
            return try lhs + (-rhs)
        } catch {
            throw ArithmeticOverflow("\(lhs) − \(rhs)")
        }
    }

    /// Exact product; past ``maximumScale`` fraction digits (or ``maximumSignificand`` units)
    /// the last fraction digits are rounded half-up, and a product too large even as a whole
    /// number is an ``ArithmeticOverflow``.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        guard let result = product(lhs, rhs, shiftedRightBy: 0) else { throw ArithmeticOverflow("\(lhs) × \(rhs)") }
        return result
    }

    /// `lhs × rhs / 10^shift`, rounded once (half-up) past ``maximumScale`` fraction digits;
    /// nil when it does not fit even as a whole number.
    static func product(_ lhs: ExactDecimal, _ rhs: ExactDecimal, shiftedRightBy shift: Int) -> ExactDecimal? {
        let negative = lhs.isNegative != rhs.isNegative
        let product = lhs.significand.magnitude.multipliedFullWidth(by: rhs.significand.magnitude)
        let scale = lhs.scale + rhs.scale + shift
        var drop = max(0, scale - maximumScale)
        while drop <= scale {
            if let digits = dividedMagnitude(product, byPowerOfTen: drop, rule: .halfUp) {
                return ExactDecimal(magnitude: digits, negative: negative, scale: scale - drop)
            }
            drop += 1
        }
        return nil
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) { lhs = try lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) { lhs = try lhs - rhs }
    public static func *= (lhs: inout ExactDecimal, rhs: ExactDecimal) throws(ArithmeticOverflow) { lhs = try lhs * rhs }

    /// The quotient rounded to `scale` fraction digits, or nil when `divisor` is zero; a
    /// quotient past ``maximumSignificand`` units at that scale is an ``ArithmeticOverflow``.
    public func divided(
        by divisor: ExactDecimal, scale: Int, rule: RoundingRule = .halfUp
    ) throws(ArithmeticOverflow) -> ExactDecimal? {
        precondition((0...Self.maximumScale).contains(scale), "scale \(scale) out of range")
        if divisor.isZero { return nil }
        let negative = isNegative != divisor.isNegative
        // self / divisor = A·10^(divisor.scale) / (B·10^(self.scale)); the result carries 10^scale.
        let exponent = divisor.scale + scale - self.scale
        var numerator: (high: UInt128, low: UInt128) = (0, significand.magnitude)
        var denominator = divisor.significand.magnitude
        if exponent >= 0 {
            numerator = significand.magnitude.multipliedFullWidth(by: UInt128(Self.powerOfTen(exponent)))
        } else {
            let (scaled, overflow) = denominator.multipliedReportingOverflow(by: UInt128(Self.powerOfTen(-exponent)))
            // A denominator past UInt128 exceeds twice any numerator: the quotient rounds to 0.
            if overflow { return ExactDecimal(significand: 0, scale: scale) }
            denominator = scaled
        }
        // Written out only when thrown: a division that fits (nearly all) makes no string.
        func overflow() -> ArithmeticOverflow { ArithmeticOverflow("\(self) ÷ \(divisor) to \(scale) decimals") }
        guard numerator.high < denominator else { throw overflow() }
        let (quotient, remainder) = denominator.dividingFullWidth(numerator)
        let rounded = Self.roundsAwayFromZero(quotient: quotient, remainder: remainder, divisor: denominator, rule: rule)
            ? quotient + 1 : quotient
        guard rounded <= Self.maximumMagnitude else { throw overflow() }
        return ExactDecimal(magnitude: rounded, negative: negative, scale: scale)
    }

    /// `self × percent / 100`, exact (past ``maximumScale`` fraction digits, rounded half-up
    /// once); an ``ArithmeticOverflow`` when too large even as a whole number.
    public func percent(_ percent: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        guard let result = Self.product(self, percent, shiftedRightBy: 2) else { throw ArithmeticOverflow("\(percent) % of \(self)") }
        return result
    }

    // MARK: Helpers

    /// The largest magnitude of a significand.
    static let maximumMagnitude = UInt128(maximumSignificand)

    /// A value from its magnitude, which is at most ``maximumMagnitude``.
    init(magnitude: UInt128, negative: Bool, scale: Int) {
        let value = Int128(magnitude)
        self.init(significand: negative ? -value : value, scale: scale)
    }

    /// Both values at one scale: the larger one, or (when that would overflow) the smaller one,
    /// the finer value rounded half-up.
    static func aligned(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (ExactDecimal, ExactDecimal) {
        if lhs.scale == rhs.scale { return (lhs, rhs) }
        let (coarse, fine) = lhs.scale < rhs.scale ? (lhs, rhs) : (rhs, lhs)
        let (widened, overflow) = coarse.significand.multipliedReportingOverflow(by: powerOfTen(fine.scale - coarse.scale))
        let pair: (ExactDecimal, ExactDecimal) = overflow
            ? (coarse, fine.narrowed(scale: coarse.scale, rule: .halfUp))
            : (ExactDecimal(significand: widened, scale: fine.scale), fine)
        return lhs.scale < rhs.scale ? pair : (pair.1, pair.0)
    }

    /// `value / 10^exponent` rounded, if it is at most ``maximumMagnitude``.
    static func dividedMagnitude(
        _ value: (high: UInt128, low: UInt128), byPowerOfTen exponent: Int, rule: RoundingRule
    ) -> UInt128? {
        if exponent == 0 {
            return value.high == 0 && value.low <= maximumMagnitude ? value.low : nil
        }
        let divisor = UInt128(powerOfTen(exponent))
        guard value.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(value)
        let rounded = roundsAwayFromZero(quotient: quotient, remainder: remainder, divisor: divisor, rule: rule)
            ? quotient + 1 : quotient
        return rounded <= maximumMagnitude ? rounded : nil
    }
}
