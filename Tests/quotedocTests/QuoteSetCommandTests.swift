import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `quote set`: the details of the active version, the address syntax, the printed changes,
/// `quote show` with the details, and refusals that write nothing.
final class QuoteSetCommandTests: EditingTestCase {
    private let berlin = "street=Obere Str. 57; postal-code=12209; city=Berlin; country=de"

    func testEveryDetailIsSavedAndPrintedAsAChange() throws {
        try makeQuote()
        let printed = try output([
            "quote", "set", "S1", "--payment-terms", "30 days net", "--payment-type", "Bank transfer", "--delivery-terms", "DAP Berlin",
            "--delivery-type", "Courier", "--delivery-address", berlin, "--invoice-address", "street=Postfach 12; city=Hamburg",
            "--description", "Spring refit", "--rounding", "perTotal", "--extra-field", "2=project 7",
        ])
        XCTAssertTrue(printed.hasPrefix("""
            Changed version 1 of quote S1:
              Payment terms:     '' → '30 days net'
              Payment type:      '' → 'Bank transfer'
              Delivery terms:    '' → 'DAP Berlin'
              Delivery type:     '' → 'Courier'
              Delivery address:  '' → 'Obere Str. 57, 12209 Berlin, DE'
              Invoice address:   '' → 'Postfach 12, Hamburg'
              Description:       '' → 'Spring refit'
              Rounding:          'perLine' → 'perTotal'
              Extra field 2:     '' → 'project 7'
            """), printed)
        let version = try quote().version.version
        XCTAssertEqual(version.deliveryAddress, PostalAddress(street: "Obere Str. 57", city: "Berlin", postalCode: "12209", country: "DE"))
        XCTAssertEqual(version.invoiceAddress, PostalAddress(street: "Postfach 12", city: "Hamburg"))
        XCTAssertEqual(version.roundingPolicy, .perTotal)
        XCTAssertEqual(version.extraFields[2], "project 7")

        let shown = try output(["quote", "show", "S1"])
        for row in [
            "Rounding:        perTotal", "Description:     Spring refit", "Payment terms:   30 days net", "Payment type:    Bank transfer",
            "Delivery terms:  DAP Berlin", "Delivery type:   Courier", "Delivery to:     Obere Str. 57\n", "Invoice to:      Postfach 12\n",
            "Extra field 2:   project 7",
        ] {
            XCTAssertTrue(shown.contains(row), "quote show prints \(row):\n\(shown)")
        }
    }

    /// The worked example of the README's "Rounding: perLine or perTotal": the same commands print
    /// the figures (and the very text) the README shows.
    func testPerTotalRoundingChangesTheTotalsAsTheREADMEDescribes() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--name", "Cable ties", "--price", "0.335", "--quantity", "3", "--vat", "25"])
        let perLine = try output(["line", "add", "S1", "--name", "Wall plugs", "--price", "0.445", "--quantity", "3", "--vat", "25"])
        XCTAssertEqual(try lines().map(\.totalPrice), [ExactDecimal("1.01")!, ExactDecimal("1.34")!])
        let perTotal = try output(["quote", "set", "S1", "--rounding", "perTotal"])
        let alternative = try quote().version.alternatives[0].alternative
        XCTAssertEqual([alternative.totalPrice, alternative.vatAmount], [ExactDecimal("2.34")!, ExactDecimal("0.59")!])
        XCTAssertEqual(try quote().sale.amount, ExactDecimal("2.34")!)

        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("README.md"),
            encoding: .utf8)
        let perLineTotals = try XCTUnwrap(perLine.range(of: "Alternative 1:").map { String(perLine[$0.lowerBound...]) }?.components(separatedBy: "\n\nVersion 1 status").first)
        XCTAssertTrue(perLineTotals.contains("Total price     2.35\n  VAT             0.59\n  Total inc. VAT  2.94"), perLineTotals)
        XCTAssertTrue(readme.contains(perLineTotals), "the README shows the perLine totals:\n\(perLineTotals)")
        let perTotalText = try XCTUnwrap(perTotal.components(separatedBy: "\n\nVersion 1 status").first)
        XCTAssertTrue(perTotalText.contains("Total price     2.34\n  VAT             0.59\n  Total inc. VAT  2.93"), perTotalText)
        XCTAssertTrue(readme.contains(perTotalText), "the README shows what quote set prints:\n\(perTotalText)")
    }

    func testJSONCarriesTheChangesAndTheQuote() throws {
        try makeQuote()
        let printed = try output(["quote", "set", "S1", "--payment-terms", "Net 10", "--json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        XCTAssertEqual(json["changes"] as? [[String: String]], [["field": "paymentTerms", "old": "", "new": "Net 10"]])
        let quote = try XCTUnwrap(json["quote"] as? [String: Any])
        let version = try XCTUnwrap((quote["version"] as? [String: Any])?["version"] as? [String: Any])
        XCTAssertEqual(version["paymentTerms"] as? String, "Net 10")
    }

    func testAnAddressIsClearedWithNoneAndCopiedWithCustomer() throws {
        let database = try makeQuote()
        try database.write { db in try db.execute(sql: "UPDATE company SET street = '12 Elm Rd', city = 'Leeds', country = 'UK' WHERE code = 'ACME'") }
        try run(["quote", "set", "S1", "--delivery-address", berlin])
        try run(["quote", "set", "S1", "--delivery-address", "customer", "--invoice-address", "none"])
        let version = try quote().version.version
        XCTAssertEqual(version.deliveryAddress, PostalAddress(street: "12 Elm Rd", city: "Leeds", country: "UK"))
        XCTAssertEqual(version.invoiceAddress, PostalAddress())
    }

    func testAddressSyntaxMistakesAreUsageErrors() throws {
        for address in ["street Obere Str. 57", "road=Obere Str. 57", "city=Berlin; city=Bonn", "country=", " ; "] {
            assertUsageError(["quote", "set", "S1", "--delivery-address", address])
        }
        assertUsageError(["quote", "set", "S1"])
        assertUsageError(["quote", "set", "S1", "--rounding", "perCent"])
        assertUsageError(["quote", "set", "S1", "--extra-field", "two=x"])
        assertUsageError(["quote", "set", "S1", "--extra-field", "2=x", "--extra-field", "2=y"])
    }

    func testAnUnknownCountryOrExtraFieldFailsAndWritesNothing() throws {
        try makeQuote()
        let before = try quote()
        let country = assertFails(["quote", "set", "S1", "--payment-terms", "Net 10", "--delivery-address", "city=Pristina; country=XK"])
        XCTAssertEqual(country, "'XK' is not an ISO 3166-1 alpha-2 country code (such as DE, SE or US)")
        let field = assertFails(["quote", "set", "S1", "--payment-terms", "Net 10", "--extra-field", "6=x"])
        XCTAssertEqual(field, "a version has extra fields 1 to 5, not 6")
        XCTAssertEqual(try quote(), before)
    }
}
