import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

/// Setting a draft version's details: each reaches the saved version and the rendered proposal;
/// a new rounding policy reprices; bad input and frozen versions change nothing.
final class VersionDetailsTests: WorkflowTestCase {
    private let berlin = PostalAddress(street: "Obere Str. 57", city: "Berlin", postalCode: "12209", country: "de")

    func testEachDetailIsSavedAndPrintedOnTheProposalInHTMLAndValidUBL() throws {
        try addWidgets()
        let (detail, changes) = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(
            paymentTerms: "30 days net", paymentType: "Bank transfer", deliveryTerms: "DAP Berlin", deliveryType: "Courier",
            deliveryAddress: .address(berlin), invoiceAddress: .address(PostalAddress(street: "Postfach 12", city: "Hamburg", postalCode: "20001", country: "DE")),
            description: "Spring refit of the Berlin shop", extraFields: [2: "project 7"]), acting: acting())
        let version = detail.version.version
        XCTAssertEqual(version.paymentTerms, "30 days net")
        XCTAssertEqual(version.deliveryAddress.country, "DE", "the code is kept in capitals")
        XCTAssertEqual(version.extraFields[2], "project 7")
        XCTAssertEqual(changes.map(\.field), [
            "paymentTerms", "paymentType", "deliveryTerms", "deliveryType", "deliveryAddress", "invoiceAddress", "description", "extraField2",
        ])
        XCTAssertEqual(changes[4].old, "1 Main St, Springfield, USA")
        XCTAssertEqual(changes[4].new, "Obere Str. 57, 12209 Berlin, DE")

        let written = try workflow.preview(quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html, .xml], today: today), output: try output())
        let html = try String(contentsOf: written[0].url, encoding: .utf8)
        for text in ["30 days net", "Bank transfer", "DAP Berlin", "Courier", "Obere Str. 57", "12209 Berlin", "Spring refit of the Berlin shop"] {
            XCTAssertTrue(html.contains(text), "the proposal shows \(text)")
        }
        let xml = try String(contentsOf: written[1].url, encoding: .utf8)
        XCTAssertTrue(xml.contains("<cbc:StreetName>Obere Str. 57</cbc:StreetName>"), xml)
        XCTAssertTrue(xml.contains("<cbc:IdentificationCode>DE</cbc:IdentificationCode>"), xml)
        XCTAssertTrue(xml.contains("<cbc:StreetName>Postfach 12</cbc:StreetName>"), "the buyer's address is the invoice address")
        XCTAssertTrue(xml.contains("<cbc:SpecialTerms>DAP Berlin</cbc:SpecialTerms>"), xml)
        XCTAssertTrue(xml.contains("<cbc:PaymentMeansCode name=\"Bank transfer\">ZZZ</cbc:PaymentMeansCode>"), xml)
        XCTAssertTrue(xml.contains("<cac:TransactionConditions><cbc:Description>30 days net</cbc:Description></cac:TransactionConditions>"), xml)
        XCTAssertTrue(xml.contains("<cbc:Note>Spring refit of the Berlin shop</cbc:Note>"), xml)
    }

    func testAnAddressCanCopyTheCustomersOrBeCleared() throws {
        _ = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(deliveryAddress: .address(berlin), invoiceAddress: .cleared), acting: acting())
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.invoiceAddress, PostalAddress())
        let (detail, changes) = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(deliveryAddress: .customer), acting: acting())
        XCTAssertEqual(detail.version.version.deliveryAddress, PostalAddress(street: "1 Main St", city: "Springfield", country: "USA"))
        XCTAssertEqual(changes.map(\.new), ["1 Main St, Springfield, USA"])
    }

    func testAValueTheVersionHasAlreadyIsNoChange() throws {
        let (_, changes) = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(roundingPolicy: .perLine, extraFields: [1: ""]), acting: acting())
        XCTAssertEqual(changes, [])
    }

    func testAnUnknownCountryOrExtraFieldIsRefusedAndNothingChanges() throws {
        let before = try workflow.quote(number: "S1")
        var unknown = berlin
        unknown.country = "XK"
        assertRefused(.invalid, try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(paymentTerms: "30 days", deliveryAddress: .address(unknown)), acting: acting()))
        assertRefused(.invalid, try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(paymentTerms: "30 days", extraFields: [6: "x"]), acting: acting()))
        assertRefused(.invalid, try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(), acting: acting()))
        XCTAssertEqual(try workflow.quote(number: "S1"), before)
    }

    func testPerTotalRoundingRepricesTheVersionAndTheSaleAmount() throws {
        try workflow.edit(quoteNumber: "S1", acting: acting()) { version, _ in
            version.appendLine(QuoteLine(alternativeId: 0, rank: 0, name: "Cable ties", unitListPrice: ExactDecimal("0.335")!, quantity: 3), to: 0)
            version.appendLine(QuoteLine(alternativeId: 0, rank: 0, name: "Spacers", unitListPrice: ExactDecimal("0.335")!, quantity: 3), to: 0)
        }
        XCTAssertEqual(try workflow.quote(number: "S1").version.alternatives[0].alternative.totalPrice, ExactDecimal("2.02")!, "1.01 + 1.01")
        let (detail, changes) = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(roundingPolicy: .perTotal), acting: acting())
        XCTAssertEqual(changes, [VersionDetailChange(field: "roundingPolicy", old: "perLine", new: "perTotal")])
        XCTAssertEqual(detail.version.alternatives[0].alternative.totalPrice, ExactDecimal("2.01")!, "2.01 exactly, once rounded")
        XCTAssertEqual(detail.sale.amount, ExactDecimal("2.01")!)
    }

    func testAnApprovedVersionNeedsApprovalAgainAfterAChangeRecordedWithWhoMadeIt() throws {
        try addWidgets(price: 8)
        _ = try workflow.requestApproval(quoteNumber: "S1", approver: "boss", comment: "", acting: acting("ann"))
        XCTAssertEqual(try workflow.decide(quoteNumber: "S1", approve: true, approver: "boss", comment: "", acting: acting("boss")).state, .approved)
        let (detail, _) = try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(paymentTerms: "10 days"), acting: acting("ann"))
        XCTAssertEqual(detail.version.version.state, .needsApproval)
        let move = try XCTUnwrap(try workflow.history(quoteNumber: "S1").versions[0].moves.last)
        XCTAssertEqual(move.from, .approved)
        XCTAssertEqual(move.by, "ann")
        XCTAssertEqual(move.note, "details changed")
    }

    func testASentVersionIsRefusedAndNothingIsWritten() throws {
        try addWidgets()
        try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        let before = try workflow.quote(number: "S1")
        assertRefused(.notEditable, try workflow.setDetails(quoteNumber: "S1", VersionDetailsChange(roundingPolicy: .perTotal), acting: acting()))
        XCTAssertEqual(try workflow.quote(number: "S1"), before)
    }
}
