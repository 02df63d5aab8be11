import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

/// A sent version never changes: not through the command line, and not by direct SQL.
final class FrozenVersionTests: LifecycleTestCase {
    private let quote = "11077"

    func testASentVersionCannotBeEditedByTheCommandLineWhichPointsToVersionNew() throws {
        try succeed(["send", quote] + documentOptions)
        let before = try database().quote(number: quote)
        let edits: [[String]] = [
            ["line", "set", quote, "1", "--quantity", "99"],
            ["line", "add", quote, "--name", "Extra", "--price", "1", "--quantity", "1"],
            ["line", "remove", quote, "1"],
            ["alternative", "add", quote, "Premium"],
            ["quote", "recalc", quote],
            ["quote", "set", quote, "--payment-terms", "Net 10"],
            ["quote", "set", quote, "--rounding", "perTotal"],
            ["quote", "update-prices", quote],
        ]
        for edit in edits {
            let run = try fail(edit)
            XCTAssertTrue(run.stderr.contains("create a new version with `quotedoc version new \(quote)`"), "\(edit): \(run.stderr)")
        }
        let send = try fail(["send", quote] + documentOptions)
        XCTAssertTrue(send.stderr.contains("`quotedoc version new \(quote)`"), send.stderr)
        XCTAssertEqual(try database().quote(number: quote), before)
    }

    func testASentVersionAndItsDocumentsCannotBeChangedByDirectSQL() throws {
        try succeed(["send", quote] + documentOptions)
        let before = try database().quote(number: quote)
        let documentsBefore = try database().documents()
        XCTAssertFalse(documentsBefore.isEmpty)
        let versionId = try XCTUnwrap(before.version.version.id)

        let queue = try DatabaseQueue(path: databasePath)
        let frozen = "quote version is frozen (sent, ordered, lost or archived); create a new version with quotedoc version new"
        let attempts: [(sql: String, message: String)] = [
            ("UPDATE quoteLine SET quantity = '99' WHERE alternativeId IN (SELECT id FROM quoteAlternative WHERE versionId = \(versionId))", frozen),
            ("DELETE FROM quoteLine WHERE alternativeId IN (SELECT id FROM quoteAlternative WHERE versionId = \(versionId))", frozen),
            ("UPDATE quoteVersion SET paymentTerms = 'Net 90' WHERE id = \(versionId)", frozen),
            ("UPDATE quoteVersion SET state = 'draft' WHERE id = \(versionId)", frozen),
            ("UPDATE quoteAlternative SET totalPrice = '0.00' WHERE versionId = \(versionId)", frozen),
            ("DELETE FROM quoteVersion WHERE id = \(versionId)", frozen),
            ("DELETE FROM document", "archived documents are never deleted"),
            ("UPDATE document SET sha256 = 'x'", "archived documents never change"),
        ]
        for attempt in attempts {
            XCTAssertThrowsError(try queue.write { db in try db.execute(sql: attempt.sql) }, attempt.sql) { error in
                let databaseError = error as? DatabaseError
                XCTAssertEqual(databaseError?.message, attempt.message, attempt.sql)
                XCTAssertEqual(databaseError?.extendedResultCode, .SQLITE_CONSTRAINT_TRIGGER, attempt.sql)
            }
        }
        try queue.close()
        XCTAssertEqual(try database().quote(number: quote), before)
        XCTAssertEqual(try database().documents(), documentsBefore)
        try succeed(["document", "verify"])
    }
}
