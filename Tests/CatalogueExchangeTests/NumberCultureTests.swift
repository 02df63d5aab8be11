import CatalogueExchange
import QuoteModel
import XCTest

final class NumberCultureTests: XCTestCase {
    func testSwedishReadsSpaceGroupedNumbersWithDecimalComma() {
        let culture = NumberCulture.svSE
        XCTAssertEqual(culture.number("1 234,50"), ExactDecimal("1234.50"))
        XCTAssertEqual(culture.number("1\u{00A0}234,50"), ExactDecimal("1234.50"))
        XCTAssertEqual(culture.number("1\u{202F}234\u{202F}567,125"), ExactDecimal("1234567.125"))
        XCTAssertEqual(culture.number("-0,05"), ExactDecimal("-0.05"))
        XCTAssertEqual(culture.number("12"), ExactDecimal(12))
        XCTAssertEqual(culture.number("1 234,50")?.scale, 2, "the scale stays as written")
    }

    func testEnglishAndGermanGroupAndSeparateTheOtherWayRound() {
        XCTAssertEqual(NumberCulture.enUS.number("1,234.50"), ExactDecimal("1234.50"))
        XCTAssertEqual(NumberCulture.deDE.number("1.234,50"), ExactDecimal("1234.50"))
        XCTAssertNil(NumberCulture.enUS.number("1.234,50"))
        XCTAssertNil(NumberCulture.deDE.number("1,234.50"))
    }

    func testAnythingButAGroupedDecimalIsRefused() {
        for text in ["", "abc", "12,5", "1,23", "1,2345.0", "1.5E3", "12.", ".5", "1 234.50", "--1", "1,234,56"] {
            XCTAssertNil(NumberCulture.enUS.number(text), "'\(text)' read as a number")
        }
        XCTAssertNil(NumberCulture.svSE.number("1 234.567,5"))
        XCTAssertNil(NumberCulture.svSE.number("12 34,5"))
    }

    func testCultureNamesAreFoundByIdentifierOrLanguage() {
        XCTAssertEqual(NumberCulture(named: "sv-SE"), .svSE)
        XCTAssertEqual(NumberCulture(named: "SV_se"), .svSE)
        XCTAssertEqual(NumberCulture(named: "de"), .deDE)
        XCTAssertEqual(NumberCulture(named: "invariant"), .enUS)
        XCTAssertNil(NumberCulture(named: "xx-YY"))
    }
}
