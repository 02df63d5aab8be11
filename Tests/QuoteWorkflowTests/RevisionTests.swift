import Foundation
import QuoteModel
import QuoteWorkflow
import StorageInterface
import XCTest

/// Optimistic concurrency: each save of a version's content is a new revision, and a change
/// made against an older revision is refused naming who saved since, never silently overwriting.
final class RevisionTests: WorkflowTestCase {
    private func acting(_ user: String, revision: Int) -> QuoteWorkflow.Acting {
        var acting = acting(user)
        acting.expectedRevision = revision
        return acting
    }

    private func addWidget(as acting: QuoteWorkflow.Acting) throws -> QuoteDetail {
        try workflow.edit(quoteNumber: "S1", acting: acting) { version, _ in
            version.appendLine(QuoteLine(copying: widget, alternativeId: 0, rank: 0, quantity: 1), to: 0)
        }.detail
    }

    func testTheSecondOfTwoSavesOfTheSameRevisionIsRefusedNamingWhoSavedFirst() throws {
        let read = try workflow.quote(number: "S1").version.version
        XCTAssertEqual(read.revision, 1)
        XCTAssertNil(read.revisedById)

        let saved = try addWidget(as: acting("ann", revision: read.revision)).version.version
        XCTAssertEqual(saved.revision, 2)
        XCTAssertEqual(saved.revisedById, try workflow.associate(userName: "ann").id)
        XCTAssertEqual(saved.revisedAt, now)

        XCTAssertThrowsError(try addWidget(as: acting("boss", revision: read.revision))) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .versionChanged, "\(error)")
            XCTAssertTrue("\(error)".contains("changed by Ann Smith (ann)"), "\(error)")
            XCTAssertTrue("\(error)".contains("revision 2, not 1"), "\(error)")
        }
        XCTAssertEqual(try workflow.quote(number: "S1").version.alternatives[0].lines.count, 1, "the refused change saved nothing")

        let again = try addWidget(as: acting("boss", revision: 2)).version.version
        XCTAssertEqual(again.revision, 3)
        XCTAssertEqual(again.revisedById, try workflow.associate(userName: "boss").id)
    }

    func testAnEditThatChangesNothingKeepsTheRevision() throws {
        try addWidgets()
        let before = try workflow.quote(number: "S1").version.version.revision
        _ = try workflow.edit(quoteNumber: "S1", acting: acting()) { _, _ in }
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.revision, before)
    }

    func testSendingARevisionThatIsNoLongerTheVersionsIsRefusedAndSendsNothing() throws {
        try addWidgets()
        let revision = try workflow.quote(number: "S1").version.version.revision
        try addWidgets(quantity: 3)
        var options = QuoteWorkflow.SendOptions(acting: acting())
        options.acting.expectedRevision = revision
        XCTAssertThrowsError(try workflow.send(quoteNumber: "S1", options: options, output: try output())) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .versionChanged, "\(error)")
        }
        XCTAssertEqual(try workflow.activities().count, 0)
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.state, .draft)
        options.acting.expectedRevision = revision + 1
        XCTAssertEqual(try workflow.send(quoteNumber: "S1", options: options, output: try output()).activity.activity.kind, .quoteSent)
    }
}
