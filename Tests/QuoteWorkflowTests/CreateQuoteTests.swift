import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

/// Making the quote of a sale.
final class CreateQuoteTests: WorkflowTestCase {
    func newSale(_ number: String, status: SaleStatus = .open) throws {
        let detail = try workflow.quote(number: "S1")
        try addSale(number, owner: detail.owner, company: detail.company, saleType: detail.saleType, status: status)
    }

    func testCreateQuoteMakesADraftVersionOneWithTheStandardFavourite() throws {
        try newSale("10248")
        let detail = try workflow.createQuote(saleNumber: "10248", acting: acting())
        XCTAssertEqual(detail.quote.number, "10248")
        XCTAssertEqual(detail.sale.number, "10248")
        XCTAssertEqual(detail.versions.map(\.rank), [1])
        XCTAssertEqual(detail.versions.map(\.state), [.draft])
        let alternative = try XCTUnwrap(detail.version.alternatives.first)
        XCTAssertEqual(detail.version.alternatives.count, 1)
        XCTAssertEqual(alternative.alternative.name, "Standard")
        XCTAssertTrue(alternative.lines.isEmpty)
        XCTAssertEqual(detail.version.version.favouriteAlternativeId, alternative.alternative.id)
        XCTAssertEqual(detail.version.version.deliveryAddress, detail.company.address)
        XCTAssertEqual(detail.version.version.invoiceAddress, detail.company.address)
        XCTAssertFalse(detail.version.version.deliveryAddress.isEmpty)
        let moves = try workflow.history(quoteNumber: "10248").versions[0].moves
        XCTAssertEqual(moves.map(\.to), [.draft])
        XCTAssertEqual(moves.first?.by, "ann", "the sale's owner acts when nobody is named")
    }

    func testCreateQuoteIsStoredAndFoundAgain() throws {
        try newSale("10248")
        let created = try workflow.createQuote(saleNumber: "10248", quoteNumber: "Q-77", alternativeName: "Basic", acting: acting())
        XCTAssertEqual(try workflow.quote(number: "Q-77"), created)
        XCTAssertEqual(created.version.alternatives.map(\.alternative.name), ["Basic"])
        XCTAssertEqual(try workflow.sale(number: "10248").quote?.number, "Q-77")
    }

    func testASecondQuoteForTheSameSaleIsADuplicate() throws {
        assertRefused(.duplicate, try workflow.createQuote(saleNumber: "S1", quoteNumber: "OTHER", acting: acting()))
        XCTAssertEqual(try workflow.quotes().count, 1)
    }

    func testATakenQuoteNumberIsADuplicate() throws {
        try newSale("2")
        assertRefused(.duplicate, try workflow.createQuote(saleNumber: "2", quoteNumber: "S1", acting: acting()))
        XCTAssertEqual(try workflow.quotes().count, 1)
    }

    func testCreateQuoteOnASoldOrLostSaleIsRefused() throws {
        try newSale("1", status: .sold)
        try newSale("2", status: .lost)
        for number in ["1", "2"] {
            assertRefused(.saleClosed, try workflow.createQuote(saleNumber: number, acting: acting()))
        }
        XCTAssertEqual(try workflow.quotes().count, 1)
    }

    func testCreateQuoteForAnUnknownSaleIsNotFound() throws {
        assertRefused(.notFound, try workflow.createQuote(saleNumber: "404", acting: acting()))
    }
}
