import Foundation
import XCTest
@testable import ExactValues
@testable import QuoteModel

final class CurrencyTests: XCTestCase {
    func testMinorUnitsOfCommonCurrencies() throws {
        let expected = ["USD": 2, "EUR": 2, "SEK": 2, "GBP": 2, "JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3, "CLF": 4]
        for (code, minorUnits) in expected {
            let currency = try XCTUnwrap(Currency(code: code), code)
            XCTAssertEqual(currency.code, code)
            XCTAssertEqual(currency.minorUnits, minorUnits, code)
        }
        XCTAssertEqual(Currency.usd.minorUnits, 2)
        XCTAssertEqual(Currency.eur.code, "EUR")
        XCTAssertEqual(Currency.sek.code, "SEK")
    }

    func testLowerCaseCodeIsAcceptedAndStoredUpperCase() {
        XCTAssertEqual(Currency(code: "usd"), Currency.usd)
        XCTAssertEqual(Currency(code: "jPy")?.code, "JPY")
        XCTAssertEqual(Currency(code: "kwd")?.minorUnits, 3)
    }

    func testUnknownCodeIsNil() {
        for code in ["", "XXX", "US", "USDD", "DEM", "123", " USD", "€"] {
            XCTAssertNil(Currency(code: code), "'\(code)'")
        }
    }

    func testDescriptionIsTheCode() {
        XCTAssertEqual(Currency.usd.description, "USD")
        XCTAssertEqual("\(Currency(code: "sek")!)", "SEK")
    }

    func testCodableRoundTrip() throws {
        let currencies = [Currency.usd, Currency(code: "JPY")!, Currency(code: "KWD")!]
        let data = try JSONEncoder().encode(currencies)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["USD","JPY","KWD"]"#)
        XCTAssertEqual(try JSONDecoder().decode([Currency].self, from: data), currencies)
        XCTAssertEqual(try JSONDecoder().decode([Currency].self, from: Data(#"["eur"]"#.utf8)), [.eur])
    }

    func testDecodingRejectsUnknownCodesAndNonStrings() {
        for json in [#"["XXX"]"#, #"[""]"#, "[840]", "[null]", #"[{"code":"USD","minorUnits":2}]"#] {
            XCTAssertThrowsError(try JSONDecoder().decode([Currency].self, from: Data(json.utf8)), json)
        }
    }

    func testRoundedUsesTheMinorUnits() throws {
        let jpy = try XCTUnwrap(Currency(code: "JPY"))
        let kwd = try XCTUnwrap(Currency(code: "KWD"))
        XCTAssertIdentical(try Currency.usd.rounded(dec("2.345")), "2.35")
        XCTAssertIdentical(try Currency.usd.rounded(dec("-2.345")), "-2.35")
        XCTAssertIdentical(try Currency.usd.rounded(dec("0.999")), "1.00")
        XCTAssertIdentical(try Currency.usd.rounded(dec("5")), "5.00")
        XCTAssertIdentical(try Currency.eur.rounded(dec("1552.6")), "1552.60")
        XCTAssertIdentical(try jpy.rounded(dec("1234.5")), "1235")
        XCTAssertIdentical(try jpy.rounded(dec("1234.49")), "1234")
        XCTAssertIdentical(try kwd.rounded(dec("1.23456")), "1.235")
        XCTAssertIdentical(try kwd.rounded(dec("1.2")), "1.200")
    }
}
