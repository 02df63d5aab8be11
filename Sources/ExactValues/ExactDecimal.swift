/// An exact decimal number, `significand × 10^-scale`.
///
/// Every amount, price, quantity and percentage in quotedoc is an `ExactDecimal`: the model,
/// the store (decimal text) and JSON (a string such as `"1552.60"`) all use it, and no binary
/// floating point is ever on the money path.
///
/// The scale is kept as written, so `"9.80"` reads back as `"9.80"`; equality and ordering are
/// numeric (`9.8 == 9.80`). Results are exact while their significand fits in
/// ±``maximumSignificand`` (39 digits) with at most ``maximumScale`` fraction digits; past that,
/// fraction digits are rounded half-up, and a result too large even with none is an
/// ``ArithmeticOverflow`` error.
///
/// The range is symmetric: the significand is never `Int128.min`. With it, `-x` and `magnitude`
/// of the one value `-2^127` would have no result, so every negation (and every subtraction,
/// which negates) would have to be able to fail; without it they never can, every value's text
/// has at most 39 digits and reads back, and a result of exactly `-2^127` is an overflow like any
/// other result past the range.
public struct ExactDecimal: Sendable {
    /// The most fraction digits a value keeps.
    public static let maximumScale = 18
    /// The largest significand, `Int128.max` (2^127 − 1); the smallest is its negation.
    public static let maximumSignificand = Int128.max

    /// The digits, as an integer, within ±``maximumSignificand``.
    public let significand: Int128
    /// How many of the digits are fraction digits.
    public let scale: Int

    /// The value `significand × 10^-scale`; `significand` must not be `Int128.min` and `scale`
    /// must be within 0 to ``maximumScale``.
    public init(significand: Int128, scale: Int) {
        precondition((0...Self.maximumScale).contains(scale), "scale \(scale) out of range")
        precondition(significand != .min, "the significand \(significand) is outside ±\(Self.maximumSignificand)")
        self.significand = significand
        self.scale = scale
    }

    /// A whole number.
    public init(_ value: Int) {
        self.init(significand: Int128(value), scale: 0)
    }

    public static let zero = ExactDecimal(significand: 0, scale: 0)
    public static let hundred = ExactDecimal(significand: 100, scale: 0)

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// -1, 0 or 1.
    public var signum: Int { significand == 0 ? 0 : (significand < 0 ? -1 : 1) }

    /// The absolute value (never fails: the range is symmetric).
    public var magnitude: ExactDecimal { isNegative ? -self : self }

    /// The same value with trailing fraction zeros removed (`1.500` → `1.5`).
    public var normalized: ExactDecimal {
        var digits = significand
        var scale = scale
        while scale > 0, digits % 10 == 0 {
            digits /= 10
            scale -= 1
        }
        return ExactDecimal(significand: digits, scale: scale)
    }

    /// True when the value has no fraction part.
    public var isWholeNumber: Bool { normalized.scale == 0 }
}

// MARK: - Powers of ten

extension ExactDecimal {
    /// 10^0 ... 10^38, every power of ten an `Int128` holds.
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    static func powerOfTen(_ exponent: Int) -> Int128 {
        powersOfTen[exponent]
    }
}
