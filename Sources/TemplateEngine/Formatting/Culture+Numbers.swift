import ExactValues

extension Culture {
    /// `value` with this culture's decimal separator, grouping separator and minus sign.
    ///
    /// - Parameter decimals: nil keeps the value's own scale (`"9.80"` stays two decimals);
    ///   otherwise exactly this many fraction digits, rounded half-up (2.345 → 2.35,
    ///   −2.345 → −2.35) or padded with zeros. Clamped to 0...18.
    ///
    /// A value that rounds to zero is written without a sign (−0.004 at 2 decimals is `0.00`).
    public func formatNumber(_ value: ExactDecimal, decimals: Int? = nil) -> String {
        formatNumber(value, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// ``formatNumber(_:decimals:)``'s UTF-8 bytes, handed to `result` without making a string.
    func formatNumber<Result>(_ value: ExactDecimal, decimals: Int?, _ result: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let shown = ShownDecimal(value, decimals: decimals)
        let data = self.data
        return FormattedText.build(capacity: data.numberCapacity(extra: 0), { text in
            if shown.negative { text.append(data.minusBytes) }
            data.appendDigits(of: shown, into: &text)
        }, then: result)
    }

    /// `amount` as money in `currency`: the culture's currency pattern around the number, with
    /// the symbol or code that ``currencySymbol(for:)`` picks.
    ///
    /// - Parameter decimals: nil uses the currency's minor unit (USD 2, JPY 0, KWD 3); the
    ///   amount is rounded half-up (or padded) to that many decimals. Clamped to 0...18.
    ///
    /// Where a letter (or other non-symbol character, such as the "." of "kr.") of the currency
    /// text would touch a digit, a U+00A0 NO-BREAK SPACE goes between them, as CLDR's currency
    /// spacing does: en-US writes SEK as `SEK 1,234.50`, but USD as `$1,234.50`.
    public func formatMoney(_ amount: ExactDecimal, currency: Currency, decimals: Int? = nil) -> String {
        formatMoney(amount, currency: currency, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// ``formatMoney(_:currency:decimals:)``'s UTF-8 bytes, handed to `result` without making a
    /// string.
    func formatMoney<Result>(
        _ amount: ExactDecimal, currency: Currency, decimals: Int?, _ result: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let shown = ShownDecimal(amount, decimals: decimals ?? currency.minorUnits)
        let symbol = currencyText(for: currency)
        let data = self.data
        let pattern = data.money
        let pieces = shown.negative ? pattern.negative : pattern.positive
        let capacity = data.numberCapacity(extra: pattern.literalBytes.count + symbol.text.utf8.count + 4)
        return FormattedText.build(capacity: capacity, { text in
            for index in pieces.indices {
                let next = index + 1 < pieces.count ? pieces[index + 1] : nil
                switch pieces[index] {
                case .currency:
                    text.append(symbol.text)
                    if next == .number, symbol.spaceBeforeDigits { text.append(noBreakSpace) }
                case .number:
                    data.appendDigits(of: shown, into: &text)
                    if next == .currency, symbol.spaceAfterDigits { text.append(noBreakSpace) }
                case .minus:
                    text.append(data.minusBytes)
                case .literal(let range):
                    text.append(pattern.literalBytes, range)
                }
            }
        }, then: result)
    }

    /// A percentage, given as the percentage itself (12.5 means 12.5 %), with `decimals`
    /// fraction digits rounded half-up (clamped to 0...18), in the culture's percent pattern:
    /// en-US `12.50%`, sv-SE `12,50 %` (U+00A0 before the sign).
    public func formatPercent(_ percent: ExactDecimal, decimals: Int = 2) -> String {
        formatPercent(percent, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// ``formatPercent(_:decimals:)``'s UTF-8 bytes, handed to `result` without making a string.
    func formatPercent<Result>(_ percent: ExactDecimal, decimals: Int, _ result: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let shown = ShownDecimal(percent, decimals: decimals)
        let data = self.data
        let pattern = data.percent
        let pieces = shown.negative ? pattern.negative : pattern.positive
        return FormattedText.build(capacity: data.numberCapacity(extra: pattern.literalBytes.count), { text in
            for piece in pieces {
                switch piece {
                case .number: data.appendDigits(of: shown, into: &text)
                case .minus: text.append(data.minusBytes)
                case .literal(let range): text.append(pattern.literalBytes, range)
                case .currency: break
                }
            }
        }, then: result)
    }
}

// MARK: - Digits

/// A value ready to write: its digits, how many of them are fraction digits, how many fraction
/// digits to show (at least `scale`; the rest are zeros), and whether a minus sign goes with it.
struct ShownDecimal {
    var magnitude: UInt128
    var scale: Int
    var decimals: Int
    var negative: Bool

    /// `value` with `decimals` fraction digits (rounded half-up, clamped to 0...18), or with its
    /// own scale when `decimals` is nil. A value that rounds to zero has no sign.
    init(_ value: ExactDecimal, decimals: Int?) {
        guard let decimals else {
            self.init(magnitude: value.significand.magnitude, scale: value.scale, decimals: value.scale, negative: value.isNegative)
            return
        }
        let wanted = min(max(decimals, 0), ExactDecimal.maximumScale)
        // Widening is done by writing zeros, never by multiplying, so it cannot overflow.
        let rounded = value.rounded(toAtMost: wanted, rule: .halfUp)
        self.init(magnitude: rounded.significand.magnitude, scale: rounded.scale, decimals: wanted, negative: rounded.isNegative)
    }

    init(magnitude: UInt128, scale: Int, decimals: Int, negative: Bool) {
        self.magnitude = magnitude
        self.scale = scale
        self.decimals = decimals
        self.negative = negative
    }
}

extension CultureData {
    /// Bytes enough for any number this culture writes, plus `extra`.
    func numberCapacity(extra: Int) -> Int {
        // 39 digits, a leading "0", 18 padding zeros, 13 group separators, the decimal separator
        // and the minus sign.
        58 + 13 * groupingBytes.count + decimalBytes.count + minusBytes.count + extra
    }

    /// Writes the digits of `shown` (no sign) with grouping and the decimal separator.
    func appendDigits(of shown: ShownDecimal, into text: inout FormattedText) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            // Digits are produced right to left into the end of `digits`; most amounts fit in 64
            // bits, whose division is cheaper.
            let start = shown.magnitude <= UInt128(UInt64.max)
                ? digits.putDigits(of: UInt64(shown.magnitude), endingAt: digits.count)
                : digits.putDigits(of: shown.magnitude, endingAt: digits.count)
            let digitCount = digits.count - start
            let integerCount = digitCount - shown.scale

            if integerCount <= 0 {
                text.append(UInt8(ascii: "0"))
            } else {
                for offset in 0..<integerCount {
                    if groupingSize > 0, offset > 0, (integerCount - offset) % groupingSize == 0 {
                        text.append(groupingBytes)
                    }
                    text.append(digits[start + offset])
                }
            }
            guard shown.decimals > 0 else { return }
            text.append(decimalBytes)
            if integerCount < 0 {
                for _ in 0..<(-integerCount) { text.append(UInt8(ascii: "0")) }
            }
            for offset in max(integerCount, 0)..<digitCount { text.append(digits[start + offset]) }
            for _ in shown.scale..<shown.decimals { text.append(UInt8(ascii: "0")) }
        }
    }
}
