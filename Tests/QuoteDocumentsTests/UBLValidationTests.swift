import Foundation
import XCTest

@testable import QuoteDocuments

final class UBLValidationTests: XCTestCase {
    func testSamplesAreValid() throws {
        try UBLSchemas.quotation().validate(XMLDocument(text: UBLSamples.text(UBLSamples.quotation)))
        try UBLSchemas.orderResponse().validate(XMLDocument(text: UBLSamples.text(UBLSamples.orderResponse)))
    }

    func testSchemasAreCompiledOnce() throws {
        XCTAssertTrue(try UBLSchemas.quotation() === UBLSchemas.quotation())
        XCTAssertTrue(try UBLSchemas.orderResponse() === UBLSchemas.orderResponse())
        XCTAssertTrue(try UBLSchemas.quotation().path.hasSuffix("ubl-2.1/xsd/maindoc/UBL-Quotation-2.1.xsd"))
    }

    func testEveryOrderResponseViolationIsListedWithItsLine() throws {
        var text = try UBLSamples.text(UBLSamples.orderResponse)
        text = UBLSamples.replacing("<cbc:ID>OC-10248</cbc:ID>\n  <cbc:SalesOrderID>10248</cbc:SalesOrderID>\n  <cbc:IssueDate>1996-07-04</cbc:IssueDate>",
                                    with: "<cbc:ID>OC-10248</cbc:ID>\n  <cbc:SalesOrderID>10248</cbc:SalesOrderID>\n  <cbc:IssueDate>27.11.2026</cbc:IssueDate>", in: text)
        text = UBLSamples.replacing("<cbc:PayableAmount currencyID=\"USD\">", with: "<cbc:PayableAmount>", in: text)
        text = UBLSamples.replacing("<cbc:Quantity unitCode=\"C62\">10</cbc:Quantity>", with: "<cbc:Quantity unitCode=\"C62\">ten</cbc:Quantity>", in: text)
        let issues = try violations(of: text, against: UBLSchemas.orderResponse())
        XCTAssertEqual(issues.map(\.line), [9, 39, 58], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues[0].message.contains("'27.11.2026' is not a valid value of the atomic type 'xs:date'"), issues[0].message)
        XCTAssertTrue(issues[1].message.contains("The attribute 'currencyID' is required but missing"), issues[1].message)
        XCTAssertTrue(issues[2].message.contains("'ten' is not a valid value"), issues[2].message)
    }

    func testMissingMandatoryElementIsAViolation() throws {
        let original = try UBLSamples.text(UBLSamples.orderResponse)
        let seller = "  <cac:SellerSupplierParty>\n    <cac:Party>\n      <cac:PartyName><cbc:Name>Northwind Traders</cbc:Name></cac:PartyName>\n    </cac:Party>\n  </cac:SellerSupplierParty>\n"
        let text = UBLSamples.replacing(seller, with: "", in: original)
        let issues = try violations(of: text, against: UBLSchemas.orderResponse())
        XCTAssertEqual(issues.map(\.line), [UBLSamples.line(of: "<cac:BuyerCustomerParty>", in: text)], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues.first?.message.contains("SellerSupplierParty") == true, issues.first?.message ?? "")
    }

    func testEveryQuotationViolationIsListedWithItsLine() throws {
        var text = try UBLSamples.text(UBLSamples.quotation)
        text = UBLSamples.replacing("<cbc:EndDate>1996-08-04</cbc:EndDate>", with: "<cbc:EndDate>04.08.1996</cbc:EndDate>", in: text)
        text = UBLSamples.replacing("<cbc:PriceAmount currencyID=\"USD\">42.40</cbc:PriceAmount>", with: "<cbc:PriceAmount currencyID=\"USD\">42,40</cbc:PriceAmount>", in: text)
        let item = "<cac:Item>\n        <cbc:Name>Manjimup Dried Apples</cbc:Name>\n        <cac:SellersItemIdentification><cbc:ID>51</cbc:ID></cac:SellersItemIdentification>\n      </cac:Item>"
        text = UBLSamples.replacing(item, with: "", in: text)
        let issues = try violations(of: text, against: UBLSchemas.quotation())
        // The missing Item is reported when its LineItem (line 59) ends, after the price: sorted by line.
        XCTAssertEqual(issues.map(\.line), [14, 59, 70], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues[0].message.contains("'04.08.1996' is not a valid value of the atomic type 'xs:date'"), issues[0].message)
        XCTAssertTrue(issues[1].message.contains("Missing child element(s)") && issues[1].message.contains("Item"), issues[1].message)
        XCTAssertTrue(issues[2].message.contains("'42,40' is not a valid value"), issues[2].message)
    }

    /// XSD leaves UBL code lists open: a currency that contradicts the document currency still
    /// validates, so such rules must be checked by the code that writes the document.
    func testSchemaDoesNotCheckCurrencyCodes() throws {
        let text = UBLSamples.replacing("<cbc:PayableAmount currencyID=\"USD\">", with: "<cbc:PayableAmount currencyID=\"EUR\">",
                                        in: try UBLSamples.text(UBLSamples.orderResponse))
        XCTAssertNoThrow(try UBLSchemas.orderResponse().validate(XMLDocument(text: text)))
    }

    func testViolationDescriptionListsEachIssueOnItsOwnLine() throws {
        let text = UBLSamples.replacing("<cbc:ID>1</cbc:ID>", with: "<cbc:ID>1</cbc:ID><cbc:Bogus/>",
                                        in: try UBLSamples.text(UBLSamples.orderResponse))
        do {
            try UBLSchemas.orderResponse().validate(XMLDocument(text: text))
            XCTFail("valid")
        } catch {
            let lines = error.description.split(separator: "\n")
            XCTAssertEqual(lines.count, 2, error.description)
            XCTAssertTrue(lines.last?.hasPrefix("  line 43: ") == true, error.description)
        }
    }

    private func violations(of text: String, against schema: XMLSchema) throws -> [XMLIssue] {
        let document = try XMLDocument(text: text)
        do {
            try schema.validate(document)
            XCTFail("valid")
        } catch .schemaViolations(let issues) {
            return issues
        } catch {
            XCTFail("\(error)")
        }
        return []
    }
}
