import Foundation
import QuoteModel
import XCTest

/// From the command line: customers and our company get electronic addresses checked by scheme,
/// an unknown country is refused at input, and `order --profile peppol` writes an Order Agreement
/// only when both parties can be addressed, recording nothing when refused.
final class PeppolCommandTests: LifecycleTestCase {
    func testCompanyEditSetsAnEndpointCheckedByItsScheme() throws {
        let refused = try fail(["company", "edit", "BOTTM", "--endpoint", "0007:5560125791"])
        XCTAssertTrue(refused.stderr.contains("Luhn"), refused.stderr)
        XCTAssertNil(try database().company(code: "BOTTM").company.endpoint, "nothing stored")

        let changed = try succeed(["company", "edit", "BOTTM", "--endpoint", "0192:974760673"])
        XCTAssertTrue(changed.stdout.contains("Endpoint: 'none' → '0192:974760673'"), changed.stdout)
        XCTAssertTrue(try succeed(["company", "show", "BOTTM"]).stdout.contains("0192:974760673"))
        try succeed(["company", "edit", "BOTTM", "--endpoint", "none"])
        XCTAssertNil(try database().company(code: "BOTTM").company.endpoint)
    }

    func testAnUnknownCountryIsRefusedAtInput() throws {
        let added = try fail(["company", "add", "--code", "NARN", "--name", "Narnia Trading", "--country", "Narnia"])
        XCTAssertTrue(added.stderr.contains("'Narnia' is not a country"), added.stderr)
        XCTAssertThrowsError(try database().company(code: "NARN"), "nothing added")
        try succeed(["company", "add", "--code", "BRIT", "--name", "British Trading", "--country", "UK"])
        let edited = try fail(["company", "edit", "BRIT", "--country", "Englund"])
        XCTAssertTrue(edited.stderr.contains("did you mean 'England'"), edited.stderr)
    }

    func testOrderWithThePeppolProfileNeedsBothEndpointsAndRecordsNothingUntilThen() throws {
        try succeed(["send", "11045", "--as", "mpeacock"] + documentOptions)
        let withoutOurs = try fail(["order", "11045", "--alternative", "Standard", "--profile", "peppol", "--as", "mpeacock"] + documentOptions)
        XCTAssertTrue(withoutOurs.stderr.contains("company own edit --endpoint"), withoutOurs.stderr)
        XCTAssertEqual(try activeVersion("11045").state, .sent, "nothing recorded")

        try succeed(["company", "own", "edit", "--endpoint", "0007:5560125790"])
        let withoutTheirs = try fail(["order", "11045", "--alternative", "Standard", "--profile", "peppol", "--as", "mpeacock"] + documentOptions)
        XCTAssertTrue(withoutTheirs.stderr.contains("company edit BOTTM --endpoint"), withoutTheirs.stderr)
        XCTAssertEqual(try activeVersion("11045").state, .sent, "nothing recorded")

        try succeed(["company", "edit", "BOTTM", "--endpoint", "0192:974760673"])
        try succeed(["order", "11045", "--alternative", "Standard", "--profile", "peppol", "--as", "mpeacock"] + documentOptions)
        XCTAssertEqual(try activeVersion("11045").state, .sold)
        let xml = try String(contentsOf: saleFolder("11045").appendingPathComponent("11045-v1-order-confirmation.xml"), encoding: .utf8)
        XCTAssertTrue(xml.contains("<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_agreement:3</cbc:CustomizationID>"))
        XCTAssertTrue(xml.contains("<cbc:EndpointID schemeID=\"0192\">974760673</cbc:EndpointID>"))
    }

    func testASaleTypeCanMakePeppolItsConfirmationProfile() throws {
        try succeed(["saletype", "edit", "Northwind", "--confirmation-profile", "peppol"])
        XCTAssertTrue(try succeed(["saletype", "list"]).stdout.contains("peppol"))
        let preview = try fail(["render", "10248", "--document", "confirmation", "--format", "xml"] + documentOptions)
        XCTAssertTrue(preview.stderr.contains("Peppol order agreement needs our own company's electronic address"), preview.stderr)
        let standard = try succeed(["render", "10248", "--document", "confirmation", "--format", "xml", "--profile", "standard"] + documentOptions)
        XCTAssertTrue(standard.stdout.contains("order-confirmation.xml"), standard.stdout)
    }
}
