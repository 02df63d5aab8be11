import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

/// The quote's life through the workflow, in-process: every rule checked once, every state
/// change recorded with who made it.
final class QuoteLifecycleTests: WorkflowTestCase {
    func testAnEditThatNeedsApprovalRecordsWhoMadeIt() throws {
        let detail = try addWidgets(price: 8, as: "ann")
        XCTAssertEqual(detail.version.version.state, .needsApproval)
        let moves = try workflow.history(quoteNumber: "S1").versions[0].moves
        XCTAssertEqual(moves.map(\.from), [nil, .draft])
        XCTAssertEqual(moves.map(\.to), [.draft, .needsApproval])
        XCTAssertEqual(moves.last?.by, "ann")
        XCTAssertEqual(moves.last?.note, "edited")
    }

    func testAnEditBackOutOfNeedsApprovalIsRecordedToo() throws {
        try addWidgets(price: 8)
        try workflow.edit(quoteNumber: "S1", acting: acting("boss")) { version, _ in version.alternatives[0].lines[0].unitListPrice = 13 }
        let moves = try workflow.history(quoteNumber: "S1").versions[0].moves
        XCTAssertEqual(moves.last?.from, .needsApproval)
        XCTAssertEqual(moves.last?.to, .draft)
        XCTAssertEqual(moves.last?.by, "boss")
    }

    func testAnEditThatKeepsTheStateRecordsNoMove() throws {
        try addWidgets()
        try addWidgets(quantity: 3)
        XCTAssertEqual(try workflow.history(quoteNumber: "S1").versions[0].moves.count, 1)
    }

    func testApprovalRequestAndDecisionRecordWhoActed() throws {
        try addWidgets(price: 8)
        let requested = try workflow.requestApproval(quoteNumber: "S1", approver: "boss", comment: "old customer", acting: acting("ann"))
        XCTAssertEqual(requested.state, .needsApproval)
        let decided = try workflow.decide(quoteNumber: "S1", approve: false, approver: "boss", comment: "too cheap", acting: acting("boss"))
        XCTAssertEqual(decided.state, .notApproved)
        let entry = try workflow.history(quoteNumber: "S1").versions[0]
        XCTAssertEqual(entry.decision, .rejected)
        XCTAssertEqual(entry.decidedBy, "boss")
        XCTAssertEqual(entry.requestedApprover, "boss")
        XCTAssertEqual(entry.moves.last?.to, .notApproved)
        XCTAssertEqual(entry.moves.last?.note, "rejected by boss")
    }

    func testAnApprovalRequestToSomeoneWithoutTheRightIsRefused() throws {
        try addWidgets(price: 8)
        assertRefused(.notAllowed, try workflow.requestApproval(quoteNumber: "S1", approver: "ann", comment: "", acting: acting()))
    }

    func testSendingAVersionThatNeedsApprovalIsRefusedAndChangesNothing() throws {
        try addWidgets(price: 8)
        assertRefused(.needsApproval, try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output()))
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.state, .needsApproval)
        XCTAssertEqual(try workflow.activities().count, 0)
    }

    func testSendFreezesTheVersionRecordsOneActivityAndTheMove() throws {
        try addWidgets()
        let receipt = try workflow.send(quoteNumber: "S1", options: .init(acting: acting("ann")), output: try output())
        XCTAssertEqual(receipt.activity.activity.kind, .quoteSent)
        XCTAssertEqual(receipt.activity.documents.count, 2)
        XCTAssertEqual(receipt.files.count, 2)
        let version = try workflow.quote(number: "S1").version.version
        XCTAssertEqual(version.state, .sent)
        XCTAssertEqual(version.sentDate, today)
        XCTAssertEqual(version.expirationDate, today.adding(days: 30))
        XCTAssertEqual(try workflow.history(quoteNumber: "S1").versions[0].moves.last?.to, .sent)
        assertRefused(.notEditable, try addWidgets())
        assertRefused(.notSendable, try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output()))
    }

    func testSendingOnAClosedSaleIsRefused() throws {
        try addWidgets()
        try storage.transaction { store in
            var sale = try XCTUnwrap(try store.sale(number: "S1"))
            sale.status = .sold
            try store.update(sale)
        }
        assertRefused(.saleClosed, try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output()))
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.state, .draft)
    }

    func testALostQuoteGetsNoNewVersion() throws {
        try addWidgets()
        try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        _ = try workflow.markLost(quoteNumber: "S1", reason: "went elsewhere", acting: acting("ann"))
        assertRefused(.saleClosed, try workflow.newVersion(quoteNumber: "S1", acting: acting()))
        assertRefused(.saleClosed, try workflow.newVersion(quoteNumber: "S1", from: 1, acting: acting()))
        XCTAssertEqual(try workflow.quote(number: "S1").versions.map(\.rank), [1])
    }

    func testANewVersionArchivesTheSentOneAndRecordsWhoMadeIt() throws {
        try addWidgets()
        try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        let detail = try workflow.newVersion(quoteNumber: "S1", acting: acting("boss"))
        XCTAssertEqual(detail.versions.map(\.state), [.archived, .draft])
        let history = try workflow.history(quoteNumber: "S1")
        XCTAssertEqual(history.versions[0].moves.last?.to, .archived)
        XCTAssertEqual(history.versions[0].moves.last?.by, "boss")
        XCTAssertEqual(history.versions[1].moves.first?.from, nil)
        XCTAssertEqual(history.versions[1].moves.first?.by, "boss")
        XCTAssertEqual(history.versions[1].moves.first?.note, "copied from version 1")
    }

    func testAnOrderLocksTheQuote() async throws {
        try addWidgets()
        try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        let receipt = try await workflow.placeOrder(quoteNumber: "S1", options: .init(alternative: "Standard", poNumber: "PO-1", acting: acting()), output: try output())
        XCTAssertEqual(receipt.activity.activity.kind, .orderPlaced)
        let detail = try workflow.quote(number: "S1")
        XCTAssertEqual(detail.version.version.state, .sold)
        XCTAssertEqual(detail.quote.poNumber, "PO-1")
        await assertRefused(.alreadyOrdered) { try await workflow.placeOrder(quoteNumber: "S1", options: .init(alternative: "Standard", acting: acting()), output: try output()) }
        assertRefused(.alreadyOrdered, try workflow.newVersion(quoteNumber: "S1", acting: acting()))
        assertRefused(.invalid, try workflow.markLost(quoteNumber: "S1", reason: "no", acting: acting()))
    }

    func testAnOrderOnAnUnknownAlternativeNamesTheAlternatives() async throws {
        try addWidgets()
        do {
            _ = try await workflow.placeOrder(quoteNumber: "S1", options: .init(alternative: "Gold", acting: acting()), output: try output())
            XCTFail("an order on an unknown alternative was placed")
        } catch let error as QuoteError {
            XCTAssertEqual(error.code, .notFound)
            XCTAssertEqual(error.value, "Gold")
            XCTAssertTrue("\(error)".contains("'Standard'"), "\(error)")
        }
    }

    func testAnUnknownActingUserIsRefusedAndNothingIsSaved() throws {
        try addWidgets()
        assertRefused(.notFound, try workflow.markLost(quoteNumber: "S1", reason: "no", acting: acting("nobody")))
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.state, .draft)
        XCTAssertEqual(try workflow.activities().count, 0)
    }
}
