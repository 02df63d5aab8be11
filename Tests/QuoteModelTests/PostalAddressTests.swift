import XCTest
@testable import QuoteModel

/// An address prints as street, "postal code city region" and country, blank parts left out.
final class PostalAddressTests: XCTestCase {
    func testLinesLeaveOutBlankParts() {
        XCTAssertEqual(PostalAddress(street: "Obere Str. 57", city: "Berlin", region: "BE", postalCode: "12209", country: "Germany").lines,
                       ["Obere Str. 57", "12209 Berlin BE", "Germany"])
        XCTAssertEqual(PostalAddress(street: "Main St 1", city: "Lund", country: "Sweden").lines, ["Main St 1", "Lund", "Sweden"])
        XCTAssertEqual(PostalAddress(region: "Québec", postalCode: "H1J 1C3").lines, ["H1J 1C3 Québec"])
        XCTAssertEqual(PostalAddress(city: "Cork", region: "Co. Cork").lines, ["Cork Co. Cork"])
        XCTAssertEqual(PostalAddress(street: "Only a street").lines, ["Only a street"])
        XCTAssertEqual(PostalAddress().lines, [])
    }
}
