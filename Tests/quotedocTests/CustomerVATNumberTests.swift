import Foundation
import XCTest

/// A customer's VAT number (kept by sync, or typed with `company edit`) is printed on the
/// proposal and carried by its UBL as the buyer's PartyTaxScheme, which the UBL schema accepts.
final class CustomerVATNumberTests: LifecycleTestCase {
    func testTheCustomersVATNumberIsOnTheProposalAndInItsUBL() throws {
        let detail = try database().quote(number: "11077")
        try succeed(["company", "edit", detail.company.code, "--vat-number", "DE136695976", "--email", "orders@example.com"])
        XCTAssertEqual(try database().company(code: detail.company.code).company.email, "orders@example.com")
        try succeed(["render", "11077", "--document", "proposal", "--format", "all"] + documentOptions)
        let folder = saleFolder(detail.sale.number)
        let html = try String(contentsOf: folder.appendingPathComponent("11077-v1-proposal.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("VAT reg. no. DE136695976"), "the customer's VAT number on the page")
        let xml = try String(contentsOf: folder.appendingPathComponent("11077-v1-proposal.xml"), encoding: .utf8)
        XCTAssertTrue(xml.contains("<cbc:CompanyID>DE136695976</cbc:CompanyID>"), xml)
    }
}
