import Foundation
import XCTest
@testable import ExactValues
@testable import QuoteModel

final class ExactDecimalTextTests: XCTestCase {
    func testParsesPlainDecimalNotation() throws {
        let cases: [(String, Int128, Int)] = [
            ("1552.60", 155_260, 2),
            ("-0.05", -5, 2),
            ("+3", 3, 0),
            ("0", 0, 0),
            ("12", 12, 0),
            ("0.000", 0, 3),
            ("007.50", 750, 2),
        ]
        for (text, significand, scale) in cases {
            let value = try XCTUnwrap(ExactDecimal(text), text)
            XCTAssertEqual(value.significand, significand, text)
            XCTAssertEqual(value.scale, scale, text)
        }
    }

    func testDescriptionKeepsTheWrittenScale() throws {
        for text in ["9.80", "1552.60", "-0.05", "0.000", "12", "-12.3400", "0.000000000000000001", "1234.5600"] {
            XCTAssertEqual(try XCTUnwrap(ExactDecimal(text)).description, text)
        }
        XCTAssertEqual(ExactDecimal("+3")?.description, "3")
        XCTAssertEqual(ExactDecimal("007.50")?.description, "7.50")
    }

    func testRejectsEverythingButPlainDecimalNotation() {
        let rejected = [
            "", "-", "+", ".", ".5", "-.5", "5.", "-5.", "1e3", "1E3", "nan", "NaN", "inf", "-inf", "Infinity",
            "1,5", "1 000", " 1", "1 ", "--1", "+-1", "-+1", "1.2.3", "0x10", "١٢", "1_000", "½", "1.-5", "\u{0}1",
        ]
        for text in rejected {
            XCTAssertNil(ExactDecimal(text), "'\(text)' should be rejected")
        }
    }

    func testAcceptsSignificandsUpToInt128MaxAndNoMore() throws {
        let thirtyEightNines = String(repeating: "9", count: 38)
        XCTAssertEqual(try XCTUnwrap(ExactDecimal(thirtyEightNines)).description, thirtyEightNines)
        XCTAssertEqual(ExactDecimal("-" + thirtyEightNines)?.description, "-" + thirtyEightNines)
        let split = String(repeating: "9", count: 20) + "." + String(repeating: "9", count: 18)
        XCTAssertEqual(ExactDecimal(split)?.description, split)
        // 39 digits, up to Int128.max = 170141183460469231731687303715884105727.
        for text in ["1" + String(repeating: "0", count: 38), "-" + String(repeating: "1", count: 39),
                     String(repeating: "1", count: 21) + "." + String(repeating: "1", count: 18),
                     "170141183460469231731687303715884105727", "-170141183460469231731.687303715884105727"] {
            XCTAssertEqual(ExactDecimal(text)?.description, text)
        }

        for text in ["170141183460469231731687303715884105728", "-170141183460469231731687303715884105728",
                     "-170141183460469231731.687303715884105728", String(repeating: "9", count: 39),
                     "2" + String(repeating: "0", count: 38), String(repeating: "1", count: 40),
                     "340282366920938463463374607431768211456", String(repeating: "9", count: 80)] {
            XCTAssertNil(ExactDecimal(text), text)
        }
    }

    func testReadsEveryLengthOfDigitsAcrossTheSixtyFourBitLimit() throws {
        // Digits are gathered in 64 bits up to 18 of them, in 128 bits past that.
        for count in 1...38 {
            for digit in ["9", "1", "5"] {
                let whole = String(repeating: digit, count: count)
                XCTAssertEqual(try XCTUnwrap(ExactDecimal(whole), whole).description, whole)
                XCTAssertEqual(ExactDecimal("-" + whole)?.significand, -(Int128(whole)!), whole)
                if count > 1, count - 1 <= 18 {
                    let pointed = String(whole.dropLast(count - 1)) + "." + String(whole.suffix(count - 1))
                    XCTAssertEqual(ExactDecimal(pointed)?.description, pointed)
                    XCTAssertEqual(ExactDecimal(pointed)?.significand, Int128(whole)!, pointed)
                }
            }
        }
        for text in ["18446744073709551615", "18446744073709551616", "100000000000000000", "999999999999999999.9", "0000000000000000000000001.5"] {
            XCTAssertEqual(ExactDecimal(text)?.description, text.hasPrefix("0000") ? "1.5" : text)
        }
    }

    func testAcceptsEighteenFractionDigitsAndRejectsNineteen() {
        XCTAssertEqual(ExactDecimal("0.000000000000000001")?.scale, 18)
        XCTAssertEqual(ExactDecimal("1.123456789012345678")?.scale, 18)
        XCTAssertNil(ExactDecimal("0.0000000000000000001"))
        XCTAssertNil(ExactDecimal("1.1234567890123456789"))
        XCTAssertNil(ExactDecimal("0.0000000000000000000"))
    }

    func testDescriptionPadsSmallFractions() {
        XCTAssertEqual(ExactDecimal(significand: 5, scale: 2).description, "0.05")
        XCTAssertEqual(ExactDecimal(significand: -5, scale: 3).description, "-0.005")
        XCTAssertEqual(ExactDecimal(significand: 0, scale: 2).description, "0.00")
        XCTAssertEqual(ExactDecimal(significand: 123, scale: 3).description, "0.123")
        XCTAssertEqual(ExactDecimal(significand: 1234, scale: 3).description, "1.234")
        XCTAssertEqual(ExactDecimal(significand: Int128.max, scale: 0).description, String(Int128.max))
        XCTAssertEqual(ExactDecimal(significand: -Int128.max, scale: 18).description, "-170141183460469231731.687303715884105727")
    }

    /// Values at one scale order by their digits, signs included; zeros at any scale are equal;
    /// values at different scales order by their value.
    func testComparisonAtOneScaleAcrossScalesAndOfZeros() {
        XCTAssertTrue(dec("-2.50") < dec("-1.25"))
        XCTAssertTrue(dec("-1.25") < dec("0.00"))
        XCTAssertTrue(dec("1.25") < dec("2.50"))
        XCTAssertFalse(dec("2.50") < dec("2.50"))
        XCTAssertEqual(dec("0"), dec("-0.000"))
        XCTAssertEqual(dec("0.00"), ExactDecimal.zero)
        XCTAssertEqual(dec("2.5"), dec("2.500"))
        XCTAssertNotEqual(dec("2.5"), dec("2.501"))
        XCTAssertTrue(dec("-2.501") < dec("-2.5"))
        XCTAssertTrue(dec("0.001") > dec("0"))
        XCTAssertTrue(dec("-0.001") < dec("0.00"))
    }

    func testIntegerLiteralIsAWholeNumber() {
        let value: ExactDecimal = 42
        XCTAssertEqual(value.significand, 42)
        XCTAssertEqual(value.scale, 0)
    }

    // MARK: Codable

    func testEncodesAsJSONString() throws {
        let data = try JSONEncoder().encode([dec("1552.60"), dec("-0.05"), dec("12")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["1552.60","-0.05","12"]"#)
    }

    func testDecodesFromJSONStringKeepingScale() throws {
        let values = try JSONDecoder().decode([ExactDecimal].self, from: Data(#"["1552.60","-0.05","9.80"]"#.utf8))
        XCTAssertEqual(values.map(\.description), ["1552.60", "-0.05", "9.80"])
    }

    func testDecodingRejectsJSONNumbers() {
        for json in ["[1552.60]", "[12]", "[0]", "[true]", "[null]"] {
            XCTAssertThrowsError(try JSONDecoder().decode([ExactDecimal].self, from: Data(json.utf8)), json)
        }
    }

    func testDecodingRejectsMalformedStrings() {
        for text in ["", "1e3", "nan", "1,5", " 1", "5.", "abc"] {
            let json = "[\"\(text)\"]"
            XCTAssertThrowsError(try JSONDecoder().decode([ExactDecimal].self, from: Data(json.utf8)), json) { error in
                guard case DecodingError.dataCorrupted = error else {
                    return XCTFail("expected dataCorrupted for \(json), got \(error)")
                }
            }
        }
    }

    func testCodableRoundTripKeepsScale() throws {
        struct Box: Codable { var price: ExactDecimal; var discount: ExactDecimal? }
        let box = Box(price: dec("1234.5600"), discount: dec("-0.001"))
        let back = try JSONDecoder().decode(Box.self, from: JSONEncoder().encode(box))
        XCTAssertEqual(back.price.description, "1234.5600")
        XCTAssertEqual(back.discount?.description, "-0.001")
    }
}
