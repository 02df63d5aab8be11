import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// A send or order killed (SIGKILL, as by a power cut) at each crash point leaves either
/// nothing or everything: never a sent version without its documents, nor documents without it.
final class CrashSafetyTests: LifecycleTestCase {
    private let quote = "11077"

    /// Every `QUOTEDOC_CRASH_AT` point, in the order a run reaches them, with whether the
    /// database transaction has committed by then.
    private let crashPoints: [(name: String, committed: Bool)] = [
        ("after-render", false), ("after-staging", false), ("after-database-commit", true),
        ("after-first-rename", true), ("after-all-renames", true),
    ]

    override func setUpWithError() throws {
        // Each crash point needs a fresh database; the loops below make one per point.
    }

    /// A fresh test folder with its own copy of the demo database.
    private func freshFolder() throws {
        try tearDownWithError()
        try super.setUpWithError()
    }

    func testSendKilledAtEachCrashPointLeavesNothingOrEverythingAndTheNextRunRecovers() throws {
        for point in crashPoints {
            try freshFolder()
            let sale = try database().quote(number: quote).sale.number
            let crashed = try quotedoc(["send", quote] + documentOptions, environment: ["QUOTEDOC_CRASH_AT": point.name])
            XCTAssertTrue(crashed.wasKilled, "\(point.name): the process is killed (\(crashed.reason), \(crashed.status)): \(crashed.stderr)")

            let version = try activeVersion(quote)
            let activities = try database().activities(quoteNumber: quote)
            let documents = try documents(ofQuote: quote)
            if version.state == .sent {
                XCTAssertTrue(point.committed, "\(point.name): sent only once committed")
                XCTAssertEqual(activities.map(\.activity.kind), [.quoteSent], "\(point.name): exactly one activity")
                XCTAssertEqual(Set(activities.first?.documents ?? []), Set(documents), point.name)
                XCTAssertEqual(documents.count, 2, point.name)
                // The next run recovers the files, then refuses the already-sent version.
                let again = try fail(["send", quote] + documentOptions)
                XCTAssertTrue(again.stderr.contains("cannot be sent again"), "\(point.name): \(again.stderr)")
                assertDocumentsOnDisk(documents)
                XCTAssertEqual(temporaryFiles(inSale: sale), [], "\(point.name): no temporary file remains")
                XCTAssertEqual(files(inSale: sale), documents.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted(), point.name)
            } else {
                XCTAssertFalse(point.committed, "\(point.name): unsent only before the commit")
                XCTAssertEqual(version.state, .draft, point.name)
                XCTAssertNil(version.sentDate, point.name)
                XCTAssertEqual(activities.count, 0, "\(point.name): no activity")
                XCTAssertEqual(documents.count, 0, "\(point.name): no document rows")
                XCTAssertEqual(files(inSale: sale).filter { !$0.hasPrefix(".quotedoc-tmp-") }, [], "\(point.name): no final file")
                // A run that recovers and then fails (the validity is in the past) removes the leftovers.
                let recovering = try fail(["send", quote, "--valid-to", "2000-01-01"] + documentOptions)
                XCTAssertTrue(recovering.stderr.contains("would expire"), recovering.stderr)
                XCTAssertEqual(files(inSale: sale), [], "\(point.name): no files or temporary files after recovery")
                XCTAssertEqual(try activeVersion(quote).state, .draft)
                // And the quote can still be sent.
                try succeed(["send", quote] + documentOptions)
                assertDocumentsOnDisk(try self.documents(ofQuote: quote))
            }
            try succeed(["document", "verify"])
        }
    }

    func testOrderKilledAtEachCrashPointLeavesNothingOrEverythingAndTheNextRunRecovers() throws {
        for point in crashPoints {
            try freshFolder()
            let sale = try database().quote(number: quote).sale.number
            try succeed(["send", quote] + documentOptions)
            let proposals = try documents(ofQuote: quote)
            let crashed = try quotedoc(["order", quote, "--alternative", "Standard", "--po", "PO-1", "--mark-sold"] + documentOptions,
                                       environment: ["QUOTEDOC_CRASH_AT": point.name])
            XCTAssertTrue(crashed.wasKilled, "\(point.name): the process is killed (\(crashed.reason), \(crashed.status)): \(crashed.stderr)")

            let detail = try database().quote(number: quote)
            let ordered = try database().activities(quoteNumber: quote).filter { $0.activity.kind == .orderPlaced }
            let confirmations = try documents(ofQuote: quote).filter { $0.kind == .orderConfirmation }
            if detail.quote.isOrdered {
                XCTAssertTrue(point.committed, "\(point.name): ordered only once committed")
                XCTAssertEqual(detail.version.version.state, .sold, point.name)
                XCTAssertEqual(detail.sale.status, .sold, point.name)
                XCTAssertEqual(ordered.count, 1, "\(point.name): exactly one orderPlaced activity")
                XCTAssertEqual(Set(ordered.first?.documents ?? []), Set(confirmations), point.name)
                XCTAssertEqual(confirmations.count, 2, point.name)
                let again = try fail(["order", quote, "--alternative", "Standard"] + documentOptions)
                XCTAssertTrue(again.stderr.contains("order placed already"), "\(point.name): \(again.stderr)")
                assertDocumentsOnDisk(confirmations + proposals)
                XCTAssertEqual(temporaryFiles(inSale: sale), [], "\(point.name): no temporary file remains")
            } else {
                XCTAssertFalse(point.committed, "\(point.name): not ordered before the commit")
                XCTAssertEqual(detail.version.version.state, .sent, point.name)
                XCTAssertEqual(detail.sale.status, .open, point.name)
                XCTAssertEqual(ordered.count, 0, "\(point.name): no orderPlaced activity")
                XCTAssertEqual(confirmations.count, 0, "\(point.name): no confirmation rows")
                // A run that recovers and then fails (no such alternative) removes the leftovers.
                let recovering = try fail(["order", quote, "--alternative", "No such alternative"] + documentOptions)
                XCTAssertTrue(recovering.stderr.contains("has no alternative"), recovering.stderr)
                XCTAssertEqual(files(inSale: sale), proposals.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted(),
                               "\(point.name): only the proposals remain, no confirmation and no temporary file")
                try succeed(["order", quote, "--alternative", "Standard", "--po", "PO-1"] + documentOptions)
            }
            assertDocumentsOnDisk(try documents(ofQuote: quote))
            try succeed(["document", "verify"])
        }
    }
}
