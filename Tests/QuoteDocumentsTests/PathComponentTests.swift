import XCTest

@testable import QuoteDocuments

/// Sale and quote numbers as path components: ordinary numbers unchanged, everything else
/// escaped so that different numbers never share a name.
final class PathComponentTests: XCTestCase {
    func testOrdinaryNumbersAreTheirOwnNames() {
        for number in ["10248", "Q-2026-001", "a_b", "ABC-xyz_09", "-", "_", String(repeating: "7", count: PathComponent.maximumBytes)] {
            XCTAssertEqual(PathComponent(number).description, number)
        }
    }

    func testEverythingElseIsEscapedWithPercentAndHex() {
        let expected = [
            "a/b": "a%2Fb", "a%2Fb": "a%252Fb", "%": "%25", "": "%", ".": "%2E", "..": "%2E%2E", "../x": "%2E%2E%2Fx",
            ".quotedoc-tmp-x": "%2Equotedoc-tmp-x", "a b": "a%20b", "x\0y": "x%00y", "ä": "%C3%A4", "a\\b": "a%5Cb", "%~": "%25%7E",
        ]
        for (number, name) in expected {
            XCTAssertEqual(PathComponent(number).description, name, number)
        }
    }

    func testNumbersThatALossyNameWouldJoinGetNamesOfTheirOwn() {
        let numbers = ["a/b", "a_b", "a%2Fb", "a%2fb", "a%252Fb", "a b", "a.b", "a\\b", "a:b", "A/B", "a_b ", "", "%", "%25", "_", "__"]
        assertInjective(numbers)
    }

    /// Swift's `==` calls canonically equivalent strings equal, but SQLite stores them as
    /// different numbers: their names differ too.
    func testCanonicallyEquivalentUnicodeGetsDifferentNames() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        XCTAssertEqual(composed, decomposed)
        XCTAssertEqual(PathComponent(composed).description, "caf%C3%A9")
        XCTAssertEqual(PathComponent(decomposed).description, "cafe%CC%81")
        assertInjective(["日本-1", "日本_1", "🧾", "\u{2126}", "\u{3A9}", "\u{FB01}", "fi"])
    }

    func testALongNumberIsAReadablePrefixAndTheHashOfTheWholeNumber() {
        let long = String(repeating: "1", count: PathComponent.maximumBytes + 1)
        let name = PathComponent(long).description
        XCTAssertEqual(name, String(repeating: "1", count: PathComponent.longPrefixBytes) + "%~" + SHA256Digest.hex(long.utf8))
        XCTAssertEqual(name.utf8.count, PathComponent.maximumBytes)
        // Escapes are never cut in half.
        let escaped = PathComponent(String(repeating: "/", count: 100)).description
        XCTAssertTrue(escaped.hasPrefix(String(repeating: "%2F", count: 20) + "%~"), escaped)
        // Numbers alike but for their last character, or but for their length, stay apart.
        assertInjective([long, long + "2", String(long.dropLast()) + "2", String(repeating: "1", count: 500), String(long.dropLast())])
    }

    /// Random numbers over an alphabet of the characters that matter (escape, separators, dots,
    /// multi-byte letters), short and long: every name is a safe path component, every short
    /// name reads back to its number, and no two numbers share a name.
    func testRandomNumbersAreSafeReversibleAndNeverShareAName() {
        let alphabet: [Character] = ["a", "b", "A", "1", "_", "-", "%", "2", "F", "f", "~", "/", ".", " ", "\\", ":", "\0", "ä", "e", "\u{301}", "日", "🧾"]
        var generator = SplitMix64(seed: 20_261_204)
        var numbers: [String] = []
        for index in 0..<20_000 {
            let length = index % 10 == 0 ? Int(generator.next() % 160) : Int(generator.next() % 8)
            numbers.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for number in numbers {
            let name = PathComponent(number).description
            XCTAssertFalse(name.isEmpty)
            XCTAssertFalse(name.hasPrefix("."), name)
            XCTAssertFalse(name.contains("/") || name.contains("\0"), name)
            XCTAssertLessThanOrEqual(name.utf8.count, PathComponent.maximumBytes, name)
            if let bytes = Self.decode(name) {
                XCTAssertEqual(bytes, Array(number.utf8), name)
            } else {
                XCTAssertTrue(name.hasSuffix("%~" + SHA256Digest.hex(number.utf8)), name)
            }
        }
        assertInjective(numbers)
    }

    /// Fails unless numbers with different UTF-8 bytes have different names.
    private func assertInjective(_ numbers: [String], file: StaticString = #filePath, line: UInt = #line) {
        var seen: [String: [UInt8]] = [:]
        for number in numbers {
            let name = PathComponent(number).description
            if let other = seen[name], other != Array(number.utf8) {
                XCTFail("\(String(decoding: other, as: UTF8.self).debugDescription) and \(number.debugDescription) share the name \(name)", file: file, line: line)
            }
            seen[name] = Array(number.utf8)
        }
    }

    /// The number a name was made from, or nil for a long (hashed) name.
    static func decode(_ name: String) -> [UInt8]? {
        if name == "%" { return [] }
        if name.contains("%~") { return nil }
        var bytes: [UInt8] = []
        var rest = Substring(name).utf8[...]
        while let byte = rest.first {
            if byte == UInt8(ascii: "%") {
                let hex = String(decoding: rest.dropFirst().prefix(2), as: UTF8.self)
                bytes.append(UInt8(hex, radix: 16)!)
                rest = rest.dropFirst(3)
            } else {
                XCTAssertTrue(PathComponent.isKept(byte), "\(name) holds an unescaped \(byte)")
                bytes.append(byte)
                rest = rest.dropFirst()
            }
        }
        return bytes
    }
}

/// A small seeded random number generator, so a failure repeats.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
