/// Writes the UTF-8 bytes of one formatted value into a stack buffer, then makes the `String`
/// in one step: no intermediate strings, no regular expressions, one allocation at most (none
/// for results of 15 bytes or fewer, which Swift keeps inline).
struct FormattedText {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Runs `body` with a writer that holds at least `capacity` bytes and returns what it wrote.
    static func build(capacity: Int, _ body: (inout FormattedText) -> Void) -> String {
        build(capacity: capacity, body) { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` with a writer that holds at least `capacity` bytes, then hands what it wrote
    /// to `result` (which may copy it into an output buffer: no string is made at all).
    static func build<Result>(
        capacity: Int, _ body: (inout FormattedText) -> Void, then result: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { buffer in
            var text = FormattedText(base: buffer.baseAddress!, capacity: buffer.count)
            body(&text)
            return result(UnsafeBufferPointer(start: buffer.baseAddress!, count: text.count))
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "formatted text overflows its buffer")
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: [UInt8]) {
        for byte in bytes { append(byte) }
    }

    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        for index in range { append(bytes[index]) }
    }

    mutating func append(_ table: ByteTable, _ index: Int) {
        append(table.bytes, table.ranges[index])
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// `value` in decimal, left-padded with zeros to at least `width` digits.
    mutating func appendDecimal(_ value: Int, width: Int) {
        precondition(value >= 0, "negative calendar field \(value)")
        var digits = 1
        var limit = 10
        while value >= limit, digits < 19 {
            digits += 1
            limit = limit &* 10
        }
        for _ in digits..<max(width, digits) { append(UInt8(ascii: "0")) }
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

/// U+00A0 NO-BREAK SPACE: every space inside a formatted number, amount, percentage or time.
let noBreakSpace = "\u{00A0}"
