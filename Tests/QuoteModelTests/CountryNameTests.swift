import XCTest
@testable import QuoteModel

/// Countries as addresses name them resolve to the ISO 3166-1 alpha-2 code UBL carries; an
/// unknown one is an error at input, never a guess.
final class CountryNameTests: XCTestCase {
    func testNamesAndCommonFormsComeBeforeTwoLetterInput() {
        XCTAssertEqual(CountryName.code(for: "UK"), "GB", "ISO 3166-1 says GB")
        XCTAssertEqual(CountryName.code(for: "United Kingdom"), "GB")
        XCTAssertEqual(CountryName.code(for: "gb"), "GB")
        XCTAssertEqual(CountryName.code(for: "USA"), "US")
        XCTAssertEqual(CountryName.code(for: "  germany "), "DE")
        XCTAssertEqual(CountryName.code(for: "Sverige"), "SE")
        XCTAssertEqual(CountryName.code(for: "se"), "SE")
    }

    func testUnknownAndUnassignedAreNil() {
        XCTAssertNil(CountryName.code(for: "Atlantis"))
        XCTAssertNil(CountryName.code(for: "XX"), "an unassigned two-letter code is not a country")
        XCTAssertNil(CountryName.code(for: ""))
    }

    func testEveryNorthwindCountryResolves() {
        let northwind = ["Argentina", "Austria", "Belgium", "Brazil", "Canada", "Denmark", "Finland", "France", "Germany", "Ireland", "Italy",
                         "Mexico", "Norway", "Poland", "Portugal", "Spain", "Sweden", "Switzerland", "UK", "USA", "Venezuela"]
        for country in northwind { XCTAssertNotNil(CountryName.code(for: country), country) }
    }

    func testCheckedRefusesAnUnknownCountryWithASuggestion() {
        XCTAssertEqual(try CountryName.checked("Germany"), "Germany", "the text typed is kept")
        XCTAssertEqual(try CountryName.checked(""), "", "no country is allowed")
        XCTAssertThrowsError(try CountryName.checked("Germny")) { error in
            let message = (error as? QuoteError)?.message ?? ""
            XCTAssertTrue(message.contains("'Germny'") && message.contains("did you mean 'Germany'"), message)
        }
    }

    func testACompanyWithAnUnknownCountryIsInvalid() {
        XCTAssertThrowsError(try Company(code: "X", name: "X", address: PostalAddress(country: "Narnia")).validate())
        XCTAssertNoThrow(try Company(code: "X", name: "X", address: PostalAddress(country: "UK")).validate())
    }
}
