extension ExactDecimal: LosslessStringConvertible, CustomStringConvertible {
    /// Reads plain decimal notation: an optional sign, digits, and optionally `.` and more digits
    /// (`"1552.60"`, `"-0.5"`, `"12"`). Exponents, separators, spaces, `nan` and `inf` are refused,
    /// as are more than ``maximumScale`` fraction digits and significands past
    /// ±``maximumSignificand``. Every value's ``description`` reads back.
    public init?(_ text: String) {
        var text = text
        guard let value = text.withUTF8({ ExactDecimal(utf8: $0) }) else { return nil }
        self = value
    }

    /// Reads plain decimal notation from UTF-8 bytes, as ``init(_:)`` reads it from a string
    /// (for readers that hold the bytes already, such as a database column).
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        var utf8 = utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        // The digits go into 64 bits while they surely fit (stored amounts have far fewer than
        // 19), and into 128 bits, checked, past that.
        var small: UInt64 = 0
        var digits: UInt128 = 0
        var isSmall = true
        var scale = 0
        var seenPoint = false
        var seenDigitBeforePoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, seenDigitBeforePoint else { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            if seenPoint { scale += 1 } else { seenDigitBeforePoint = true }
            let digit = byte - UInt8(ascii: "0")
            if isSmall, small < 100_000_000_000_000_000 {
                small = small * 10 + UInt64(digit)
                continue
            }
            if isSmall {
                digits = UInt128(small)
                isSmall = false
            }
            // At most ±maximumSignificand (39 digits), the range every result stays in, so
            // whatever the arithmetic printed reads back.
            let (shifted, shiftOverflow) = digits.multipliedReportingOverflow(by: 10)
            let (next, addOverflow) = shifted.addingReportingOverflow(UInt128(digit))
            guard !shiftOverflow, !addOverflow, next <= Self.maximumMagnitude else { return nil }
            digits = next
        }
        guard seenDigitBeforePoint, !(seenPoint && scale == 0), scale <= Self.maximumScale else { return nil }
        self.init(magnitude: isSmall ? UInt128(small) : digits, negative: negative, scale: scale)
    }

    /// Plain decimal notation with all `scale` fraction digits: `"1552.60"`, `"-0.05"`, `"12"`.
    /// Written right to left into a buffer on the stack and made into a string once (documents
    /// print thousands of amounts; up to 15 characters it allocates nothing).
    public var description: String {
        var text = ""
        withPlainText(decimals: nil) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }
}

extension ExactDecimal {
    /// Plain decimal notation with exactly `decimals` fraction digits: digits past them rounded
    /// by `rule`, missing ones written as zeros (`12` with 2 → `"12.00"`), so, unlike widening
    /// with ``rounded(scale:rule:)``, it never fails.
    public func description(decimals: Int, rule: RoundingRule = .halfUp) -> String {
        var text = ""
        withPlainText(decimals: decimals, rule: rule) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The UTF-8 of ``description`` (`decimals` nil) or ``description(decimals:rule:)``, handed to
    /// `body` from a buffer on the stack, for writers that copy it into their own output.
    public func withPlainText(decimals: Int?, rule: RoundingRule = .halfUp, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let shown = decimals.map { rounded(toAtMost: $0, rule: rule) } ?? self
        let zeros = decimals.map { max($0 - shown.scale, 0) } ?? 0
        // The value's own digits end at `end` (at most a sign, 39 digits or a zero and 18
        // fraction digits, and a point); a point and the padding zeros follow.
        let end = 48
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end + 1 + zeros) { text in
            var start = end
            var written = 0
            func put(_ digit: UInt8) {
                start -= 1
                text[start] = UInt8(ascii: "0") + digit
                written += 1
                if written == shown.scale {
                    start -= 1
                    text[start] = UInt8(ascii: ".")
                }
            }
            // Every fraction digit and at least one digit before the point.
            let magnitude = shown.significand.magnitude
            if let small = UInt64(exactly: magnitude) {
                var rest = small
                repeat { put(UInt8(rest % 10)); rest /= 10 } while rest > 0 || written <= shown.scale
            } else {
                var rest = magnitude
                repeat { put(UInt8(rest % 10)); rest /= 10 } while rest > 0 || written <= shown.scale
            }
            if shown.isNegative {
                start -= 1
                text[start] = UInt8(ascii: "-")
            }
            var stop = end
            if zeros > 0 {
                if shown.scale == 0 {
                    text[stop] = UInt8(ascii: ".")
                    stop += 1
                }
                for _ in 0..<zeros {
                    text[stop] = UInt8(ascii: "0")
                    stop += 1
                }
            }
            body(UnsafeBufferPointer(rebasing: text[start..<stop]))
        }
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension ExactDecimal: Codable {
    /// Decodes from a JSON string holding the exact decimal (`"1552.60"`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ExactDecimal(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a plain decimal number")
        }
        self = value
    }

    /// Encodes as a JSON string holding the exact decimal, so no reader turns it into a float.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ExactDecimal: Comparable, Hashable {
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) == 0
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.significand)
        hasher.combine(value.scale)
    }

    /// -1, 0 or 1, comparing at a common scale without overflow.
    static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        if lhs.signum != rhs.signum { return lhs.signum < rhs.signum ? -1 : 1 }
        // Zeros, and values at one scale (most amounts of one currency), need no common scale.
        if lhs.signum == 0 { return 0 }
        if lhs.scale == rhs.scale { return lhs.significand == rhs.significand ? 0 : (lhs.significand < rhs.significand ? -1 : 1) }
        let scale = max(lhs.scale, rhs.scale)
        let a = lhs.significand.magnitude.multipliedFullWidth(by: UInt128(powerOfTen(scale - lhs.scale)))
        let b = rhs.significand.magnitude.multipliedFullWidth(by: UInt128(powerOfTen(scale - rhs.scale)))
        let magnitudeOrder = a.high != b.high ? (a.high < b.high ? -1 : 1) : (a.low == b.low ? 0 : (a.low < b.low ? -1 : 1))
        return lhs.isNegative ? -magnitudeOrder : magnitudeOrder
    }
}
