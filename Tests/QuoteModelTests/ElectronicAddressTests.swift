import XCTest
@testable import QuoteModel

/// Electronic addresses (Peppol EndpointID): a known EAS scheme and an identifier that passes the
/// check Peppol's rules make for it (PEPPOL-COMMON-R040 to R050), refused at input otherwise.
final class ElectronicAddressTests: XCTestCase {
    func assertValid(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try ElectronicAddress(parsing: text), text, file: file, line: line)
    }

    func assertRefused(_ text: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ElectronicAddress(parsing: text), text, file: file, line: line) { error in
            XCTAssertTrue((error as? QuoteError)?.message.contains(reason) == true, "\(text): \(error)", file: file, line: line)
        }
    }

    func testParsesSchemeAndIdentifierAndPrintsThemBack() throws {
        let address = try ElectronicAddress(parsing: " 0007 : 5560125790 ")
        XCTAssertEqual(address.scheme, "0007")
        XCTAssertEqual(address.identifier, "5560125790")
        XCTAssertEqual(address.description, "0007:5560125790")
    }

    func testWithoutAColonOrAnIdentifierItIsRefused() {
        assertRefused("5560125790", "SCHEME:ID")
        assertRefused("0007:", "no identifier")
    }

    func testAnUnknownSchemeIsRefused() {
        assertRefused("1234:5560125790", "not an Electronic Address Scheme")
    }

    func testPEPPOL_COMMON_R040_GLNHasAValidGS1CheckDigit() {
        assertValid("0088:7300010000001")
        assertRefused("0088:7300010000002", "GS1 check digit")
        assertRefused("0088:73000100000A1", "13 digits")
    }

    func testPEPPOL_COMMON_R049_SwedishOrganisationNumberIsTenDigitsWithALuhnCheck() {
        assertValid("0007:5560125790")
        assertRefused("0007:5560125791", "Luhn")
        assertRefused("0007:556012-5790", "10 digits")
    }

    func testPEPPOL_COMMON_R041_NorwegianOrganisationNumberIsNineDigitsWithAMod11Check() {
        assertValid("0192:974760673")
        assertRefused("0192:974760674", "mod 11")
        assertRefused("0192:97476067", "9 digits")
    }

    func testPEPPOL_COMMON_R042_DanishCVRIsEightDigitsOptionallyAfterDK() {
        assertValid("0184:12345678")
        assertValid("0184:DK12345678")
        assertRefused("0184:1234567", "8 digits")
    }

    func testPEPPOL_COMMON_R043_BelgianEnterpriseNumberEndsIn97MinusTheFirstEightMod97() {
        assertValid("0208:0403170701")
        assertRefused("0208:0403170702", "97")
    }

    func testPEPPOL_COMMON_R050_AustralianBusinessNumberPassesTheWeightedMod89() {
        assertValid("0151:51824753556")
        assertRefused("0151:51824753557", "mod 89")
    }

    func testASchemeTheRulesDoNotCheckTakesAnyIdentifier() {
        assertValid("9930:DE123456789")
    }
}
