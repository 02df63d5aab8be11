/// Decides whether a text or attribute value belongs to the lexical space of the built-in type
/// the schema gives it, as libxml2's validator decides it — or answers `nil` when the value is
/// to be kept as it is in the shape: values with leading, trailing, repeated or other than space
/// whitespace, on which the types' whitespace rules would act.
///
/// Strings, amounts and days are decided from their form without asking libxml2 (a test checks
/// random members of each form against libxml2); other values are asked once per type and
/// remembered. One classifier per thread.
struct ValueClassifier {
    /// How many values are remembered before the memory is cleared.
    static let memoryLimit = 65_536
    /// The longest value remembered (a picture's base64 text is asked each time).
    static let rememberedLength = 64

    private var remembered: [[String: Bool]] = Array(repeating: [:], count: BuiltInType.allCases.count)

    /// Whether `value` (a value after its references were replaced) is of `type`, or `nil` to
    /// keep it as it is.
    mutating func verdict(of value: UnsafeBufferPointer<UInt8>, as type: BuiltInType) -> Bool? {
        if let first = value.first, let last = value.last, first == 0x20 || last == 0x20 { return nil }
        var previous: UInt8 = 0
        for byte in value {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return nil }
            previous = byte
        }
        switch type {
        case .string, .normalizedString:
            // Every well-formed text (the scanner has checked it) without the whitespace above.
            return true
        case .decimal where Self.isAmount(value):
            return true
        case .date where Self.isDay(value):
            return true
        default:
            let text = String(decoding: value, as: UTF8.self)
            guard value.count <= Self.rememberedLength else { return type.accepts(text) }
            if let known = remembered[type.rawValue][text] { return known }
            if remembered[type.rawValue].count >= Self.memoryLimit { remembered[type.rawValue].removeAll(keepingCapacity: true) }
            let verdict = type.accepts(text)
            remembered[type.rawValue][text] = verdict
            return verdict
        }
    }

    /// `-?d{1,15}(.d{1,6})?`
    static func isAmount(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = value.first == 0x2D ? 1 : 0
        var whole = 0
        while index < value.count, (0x30...0x39).contains(value[index]) { whole += 1; index += 1 }
        guard (1...15).contains(whole) else { return false }
        if index == value.count { return true }
        guard value[index] == 0x2E else { return false }
        let fraction = value.count - index - 1
        guard (1...6).contains(fraction) else { return false }
        return value[(index + 1)...].allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `yyyy-mm-dd`, a real day of a year from 1000.
    static func isDay(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count == 10, value[4] == 0x2D, value[7] == 0x2D else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                guard (0x30...0x39).contains(value[index]) else { return nil }
                result = result * 10 + Int(value[index] - 0x30)
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1000, (1...12).contains(month), day >= 1 else {
            return false
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }
}
