import Foundation

/// The JSON form of command output: pretty-printed, keys sorted, slashes unescaped, dates in
/// ISO 8601. Exact decimals encode themselves as strings (`"1552.60"`).
enum JSONOutput {
    static func encoded<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
