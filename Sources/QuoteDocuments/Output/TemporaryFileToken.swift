import Synchronization

/// The unique part of a temporary file's name (``DocumentWriter/temporaryName(for:)``): 80 bits
/// drawn at random once per process, then a count of the temporary files the process has named,
/// shaped as a UUID (`XXXXXXXX-XXXX-XXXX-XXXX-` and 12 hex digits). Unique among every process
/// writing to one folder, from any machine, without reading the system's random source for each
/// file (three system calls a name, for `UUID()`); a clash would make the exclusive create fail,
/// never replace a file.
enum TemporaryFileToken {
    /// Draws the next token.
    static func next() -> String {
        let count = issued.wrappingAdd(1, ordering: .relaxed).newValue
        return processPart + "-" + hex(count, digits: 12)
    }

    /// This process's random part, `XXXXXXXX-XXXX-XXXX-XXXX`.
    private static let processPart: String = {
        var generator = SystemRandomNumberGenerator()
        let digits = Array((hex(generator.next(), digits: 16) + hex(UInt64(generator.next() as UInt16), digits: 4)).utf8)
        return [digits[0..<8], digits[8..<12], digits[12..<16], digits[16..<20]]
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
    }()

    private static let issued = Atomic<UInt64>(0)

    /// `value` in upper-case hex, zero-padded to `digits` (its low `digits` hex digits).
    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return text.count >= digits ? String(text.suffix(digits)) : String(repeating: "0", count: digits - text.count) + text
    }
}
