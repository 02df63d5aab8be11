extension ExactDecimal {
    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    /// Exact sum, at the larger of the two scales; when the sum needs more than 38 digits, the
    /// last fraction digits are rounded half-up.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        var (a, b) = aligned(lhs, rhs)
        while true {
            let (sum, overflow) = a.significand.addingReportingOverflow(b.significand)
            if !overflow { return ExactDecimal(significand: sum, scale: a.scale) }
            precondition(a.scale > 0, "ExactDecimal overflow in \(lhs) + \(rhs)")
            a = a.rounded(scale: a.scale - 1)
            b = b.rounded(scale: b.scale - 1)
        }
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + (-rhs)
    }

    /// Exact product; past ``maximumScale`` fraction digits (or 38 digits in all) the last
    /// fraction digits are rounded half-up.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        product(lhs, rhs, shiftedRightBy: 0)
    }

    /// `lhs × rhs / 10^shift`, rounded once (half-up) past ``maximumScale`` fraction digits.
    static func product(_ lhs: ExactDecimal, _ rhs: ExactDecimal, shiftedRightBy shift: Int) -> ExactDecimal {
        let negative = lhs.isNegative != rhs.isNegative
        let product = lhs.significand.magnitude.multipliedFullWidth(by: rhs.significand.magnitude)
        let scale = lhs.scale + rhs.scale + shift
        var drop = max(0, scale - maximumScale)
        while true {
            if let digits = dividedMagnitude(product, byPowerOfTen: drop, rule: .halfUp) {
                return ExactDecimal(magnitude: digits, negative: negative, scale: scale - drop)
            }
            precondition(drop < scale, "ExactDecimal overflow in \(lhs) × \(rhs)")
            drop += 1
        }
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }
    public static func *= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs * rhs }

    /// The quotient rounded to `scale` fraction digits, or nil when `divisor` is zero.
    public func divided(by divisor: ExactDecimal, scale: Int, rule: RoundingRule = .halfUp) -> ExactDecimal? {
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
            if overflow { return ExactDecimal(significand: 0, scale: scale) }
            denominator = scaled
        }
        precondition(numerator.high < denominator, "ExactDecimal overflow in \(self) ÷ \(divisor)")
        let (quotient, remainder) = denominator.dividingFullWidth(numerator)
        let rounded = Self.roundsAwayFromZero(quotient: quotient, remainder: remainder, divisor: denominator, rule: rule)
            ? quotient + 1 : quotient
        precondition(rounded <= UInt128(Int128.max), "ExactDecimal overflow in \(self) ÷ \(divisor)")
        return ExactDecimal(magnitude: rounded, negative: negative, scale: scale)
    }

    /// `self × percent / 100`, exact (past ``maximumScale`` fraction digits, rounded half-up once).
    public func percent(_ percent: ExactDecimal) -> ExactDecimal {
        Self.product(self, percent, shiftedRightBy: 2)
    }

    // MARK: Helpers

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
            ? (coarse, fine.rounded(scale: coarse.scale))
            : (ExactDecimal(significand: widened, scale: fine.scale), fine)
        return lhs.scale < rhs.scale ? pair : (pair.1, pair.0)
    }

    /// `value / 10^exponent` rounded, if it fits in an `Int128`.
    static func dividedMagnitude(
        _ value: (high: UInt128, low: UInt128), byPowerOfTen exponent: Int, rule: RoundingRule
    ) -> UInt128? {
        let limit = UInt128(Int128.max)
        if exponent == 0 {
            return value.high == 0 && value.low <= limit ? value.low : nil
        }
        let divisor = UInt128(powerOfTen(exponent))
        guard value.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(value)
        let rounded = roundsAwayFromZero(quotient: quotient, remainder: remainder, divisor: divisor, rule: rule)
            ? quotient + 1 : quotient
        return rounded <= limit ? rounded : nil
    }
}
