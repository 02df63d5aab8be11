import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

/// `quotedoc document verify` through the binary: the files, and the history behind them.
final class DocumentVerifyTests: LifecycleTestCase {
    private let quote = "11077"

    /// Runs SQL on the test's database file with plain SQLite (GRDB without quotedoc's setup).
    private func sql(_ statements: String) throws {
        let queue = try DatabaseQueue(path: databasePath)
        try queue.writeWithoutTransaction { db in try db.execute(sql: statements) }
    }

    func testACleanArchivePassesAndPrintsTheChainHeads() throws {
        try succeed(["send", quote] + documentOptions)
        let run = try succeed(["document", "verify", "--out", outputFolder.path])
        XCTAssertTrue(run.stdout.contains("Verified 2 archived documents: every file is present with its recorded SHA-256."), run.stdout)
        XCTAssertTrue(run.stdout.contains("The history holds"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Chain heads"), run.stdout)
    }

    func testAnActivityRewrittenBehindTheTriggersBackIsReported() throws {
        try succeed(["send", quote] + documentOptions)
        let activity = try XCTUnwrap(try database().activities(quoteNumber: quote).first?.activity.id)
        try sql("""
            DROP TRIGGER saleActivity_immutable_update;
            UPDATE saleActivity SET text = 'never sent' WHERE id = \(activity);
            """)
        let run = try fail(["document", "verify", "--out", outputFolder.path])
        XCTAssertTrue(run.stdout.contains("TAMPERED  sale activity \(activity) was changed"), run.stdout)
        XCTAssertTrue(run.stderr.contains("the history was changed"), run.stderr)
    }

    func testAStateChangeDeletedBehindTheTriggersBackIsReported() throws {
        try succeed(["send", quote] + documentOptions)
        try succeed(["order", quote, "--alternative", "Standard"] + documentOptions)
        try sql("""
            DROP TRIGGER versionStateChange_immutable_delete;
            DELETE FROM versionStateChange WHERE id = (SELECT min(id) FROM versionStateChange);
            """)
        let run = try fail(["document", "verify", "--out", outputFolder.path])
        XCTAssertTrue(run.stdout.contains("TAMPERED  state changes before"), run.stdout)
    }

    func testTheLastActivitiesDeletedShowAgainstANotedHead() throws {
        try succeed(["send", quote] + documentOptions)
        let clean = try succeed(["document", "verify", "--out", outputFolder.path, "--json"])
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        let heads = try XCTUnwrap((report["auditTrail"] as? [String: Any])?["heads"] as? [[String: Any]])
        let activities = try XCTUnwrap(heads.first { $0["table"] as? String == "saleActivity" })
        let head = "saleActivity:\(try XCTUnwrap(activities["lastRowId"] as? Int)):\(try XCTUnwrap(activities["chainHash"] as? String))"
        try succeed(["document", "verify", "--out", outputFolder.path, "--expect-head", head])
        // The send's activity deleted: the chain that is left is whole, the noted head is not.
        try sql("""
            DROP TRIGGER saleActivity_immutable_delete;
            DROP TRIGGER document_immutable_delete;
            DELETE FROM document WHERE activityId = (SELECT max(id) FROM saleActivity);
            DELETE FROM saleActivity WHERE id = (SELECT max(id) FROM saleActivity);
            """)
        let run = try fail(["document", "verify", "--out", outputFolder.path, "--expect-head", head])
        XCTAssertTrue(run.stdout.contains("no longer holds the hash noted"), run.stdout)
        XCTAssertEqual(try quotedoc(["document", "verify", "--expect-head", "saleActivity:1:nothex"]).status, 64)
    }

    func testEachDirectSQLChangeOfTheHistoryIsRefused() throws {
        try succeed(["send", quote] + documentOptions)
        try succeed(["order", quote, "--alternative", "Standard", "--po", "PO-1"] + documentOptions)
        let version = try XCTUnwrap(try activeVersion(quote).id)
        for statement in [
            "UPDATE quoteVersion SET approvalText = 'forged' WHERE id = \(version)",
            "UPDATE quoteVersion SET approvedById = 1 WHERE id = \(version)",
            "UPDATE quoteVersion SET state = 'lost' WHERE id = \(version)",
            "DELETE FROM saleActivity WHERE id = (SELECT max(id) FROM saleActivity)",
            "UPDATE saleActivity SET text = 'forged' WHERE id = (SELECT max(id) FROM saleActivity)",
            "UPDATE quote SET poNumber = 'PO-forged' WHERE number = '\(quote)'",
            "UPDATE quote SET acceptedAlternativeId = NULL WHERE number = '\(quote)'",
            "UPDATE versionStateChange SET note = 'forged' WHERE id = (SELECT max(id) FROM versionStateChange)",
        ] {
            XCTAssertThrowsError(try sql(statement), statement)
        }
        try succeed(["document", "verify", "--out", outputFolder.path])
    }
}
