import ExactValues

/// How a value prints when no filter says otherwise: numbers, money and dates in the culture's
/// format, absent values as nothing.
enum ValueFormatter {
    /// Hands the printed UTF-8 of `value` to `write`; numbers, money and dates go straight from a
    /// stack buffer, without making a string.
    static func write(_ value: TemplateValue, culture: Culture, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch value {
        case .null, .image, .list, .object: break
        case .string(let text):
            // A native string hands its bytes where they are; only a bridged one is copied.
            if text.utf8.withContiguousStorageIfAvailable(write) == nil {
                var text = text
                text.withUTF8(write)
            }
        case .integer(let number): writeDecimal(number, write)
        case .decimal(let number): culture.formatNumber(number, decimals: nil, write)
        case .money(let amount, let currency): culture.formatMoney(amount, currency: currency, decimals: nil, write)
        case .date(let date): culture.formatDate(date, style: .short, write)
        case .bool(let flag):
            var text = flag ? "true" : "false"
            text.withUTF8(write)
        }
    }

    /// Hands `number` in decimal digits (a minus sign first when negative) to `write`, from a
    /// buffer on the stack: making the string would cost more than writing it.
    static func writeDecimal(_ number: Int, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.putDigits(of: number.magnitude, endingAt: 20)
            if number < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            write(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
