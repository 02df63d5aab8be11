import ExactValues

/// libFuzzer's entry for exact decimals: the input is two numbers in text (split at the first
/// space), parsed, then added, subtracted, multiplied, taken as a percentage, divided and rounded at every scale, written
/// out and read back. Every operation must answer or throw; a trap is a finding.
enum DecimalFuzz {
    static func run(_ text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let a = parts.first.flatMap({ ExactDecimal($0) }) else { return }
        let b = parts.count > 1 ? ExactDecimal(parts[1]) ?? 1 : 1
        roundTrip(a)
        for result in [try? a + b, try? a - b, try? a * b, try? a.percent(b)] {
            if let result { roundTrip(result) }
        }
        for scale in 0...ExactDecimal.maximumScale {
            for rule in RoundingRule.allCases {
                if let quotient = try? a.divided(by: b, scale: scale, rule: rule) { roundTrip(quotient) }
                _ = try? a.rounded(scale: scale, rule: rule)
                _ = a.rounded(toAtMost: scale, rule: rule)
                _ = a.description(decimals: scale, rule: rule)
            }
        }
        _ = a < b
        _ = a == b
        _ = a.normalized
    }

    /// Written out, the value reads back as itself.
    static func roundTrip(_ value: ExactDecimal) {
        guard let back = ExactDecimal(value.description), back == value else {
            fatalError("\(value) does not read back from its text '\(value.description)'")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    DecimalFuzz.run(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
