import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// The whole life of a Northwind quote through the command line: approval, send, a new
/// version, a change, approval again, send again, order; then the archive is checked on disk.
final class LifecyclePathTests: LifecycleTestCase {
    /// Asks afuller to approve and approves as afuller when the active version needs it.
    private func approveIfNeeded(_ quote: String, comment: String) throws {
        guard try activeVersion(quote).state == .needsApproval else { return }
        try succeed(["approval", "request", quote, "--approver", "afuller", "--comment", "Please approve: \(comment)"])
        try succeed(["approve", quote, "--comment", "Approved: \(comment)", "--as", "afuller"])
        XCTAssertEqual(try activeVersion(quote).state, .approved)
    }

    func testApproveSendNewVersionEditSendOrderRecordsTwoSentOneOrderedWithMatchingFilesThenVerifyCatchesTampering() throws {
        let quote = "11065"
        let start = try activeVersion(quote)
        XCTAssertEqual(start.state, .needsApproval, "11065 has a 25 % discount, above the Northwind limit of 20 %")

        // Version 1: approval, then send.
        let request = try succeed(["approval", "request", quote, "--approver", "afuller", "--comment", "Long-standing customer"])
        XCTAssertTrue(request.stdout.contains("approval requested from Andrew Fuller (afuller)"), request.stdout)
        let approval = try succeed(["approve", quote, "--comment", "OK for this order", "--as", "afuller"])
        XCTAssertTrue(approval.stdout.contains("approved by Andrew Fuller (afuller)"), approval.stdout)
        let approved = try activeVersion(quote)
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(approved.approval.approvalText, "OK for this order")
        XCTAssertEqual(approved.approval.requestComment, "Long-standing customer")
        try succeed(["send", quote] + documentOptions)
        XCTAssertEqual(try activeVersion(quote).state, .sent)

        // Version 2: a copy, one line changed; it needs approval again, then it is sent.
        let newVersion = try succeed(["version", "new", quote])
        XCTAssertTrue(newVersion.stdout.contains("version 2 created from version 1"), newVersion.stdout)
        let copied = try activeVersion(quote)
        XCTAssertEqual(copied.rank, 2)
        XCTAssertTrue(copied.state.isEditable)
        XCTAssertEqual(copied.approval, Approval(), "a new version starts without an approval")
        try succeed(["line", "set", quote, "1", "--quantity", "10"])
        if try activeVersion(quote).state == .needsApproval {
            let refused = try fail(["send", quote] + documentOptions)
            XCTAssertTrue(refused.stderr.contains("needs approval"), refused.stderr)
        }
        try approveIfNeeded(quote, comment: "quantity 10")
        try succeed(["send", quote] + documentOptions)

        // The order on version 2.
        try succeed(["order", quote, "--alternative", "Standard", "--po", "PO-1", "--mark-sold"] + documentOptions)

        let database = try database()
        let detail = try database.quote(number: quote)
        XCTAssertEqual(detail.quote.poNumber, "PO-1")
        XCTAssertEqual(detail.sale.status, .sold)
        XCTAssertEqual(detail.versions.map(\.state), [.archived, .sold])
        let versions = try database.versions(quoteNumber: quote)
        XCTAssertEqual(versions.first?.version.archivedState, .sent)
        XCTAssertEqual(versions.last?.lines(ofAlternative: "Standard").first?.quantity, 10)

        let activities = try database.activities(saleNumber: detail.sale.number)
        let sent = activities.filter { $0.activity.kind == .quoteSent }
        let ordered = activities.filter { $0.activity.kind == .orderPlaced }
        XCTAssertEqual(sent.count, 2, "exactly two quoteSent activities")
        XCTAssertEqual(ordered.count, 1, "exactly one orderPlaced activity")
        XCTAssertEqual(sent.map(\.version), [1, 2])
        XCTAssertEqual(ordered.first?.version, 2)
        for record in sent + ordered {
            XCTAssertEqual(Set(record.documents.map(\.format)), [.html, .xml], "activity \(record.activity.id ?? 0) holds HTML and XML")
            XCTAssertEqual(Set(record.documents.map(\.kind)), [record.activity.kind == .orderPlaced ? .orderConfirmation : .proposal])
            assertDocumentsOnDisk(record.documents)
        }
        XCTAssertEqual(Set((sent + ordered).flatMap(\.documents).map(\.path)).count, 6, "six distinct files")
        XCTAssertEqual(temporaryFiles(inSale: detail.sale.number), [])

        let verified = try succeed(["document", "verify"])
        XCTAssertTrue(verified.stdout.contains("Verified 6 archived documents"), verified.stdout)

        // The history and the diff tell the same story.
        let history = try succeed(["quote", "history", quote, "--json"])
        let historyJSON = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let historyVersions = try XCTUnwrap(historyJSON["versions"] as? [[String: Any]])
        XCTAssertEqual(historyVersions.map { $0["state"] as? String }, ["archived", "sold"])
        XCTAssertEqual(historyVersions.first?["archivedState"] as? String, "sent")
        let firstApproval = try XCTUnwrap(historyVersions.first?["approval"] as? [String: Any])
        XCTAssertEqual(firstApproval["requestedApprover"] as? String, "afuller")
        XCTAssertEqual(firstApproval["decidedBy"] as? String, "afuller")
        XCTAssertEqual(firstApproval["decision"] as? String, "approved")
        XCTAssertEqual(firstApproval["text"] as? String, "OK for this order")
        XCTAssertEqual((historyJSON["activities"] as? [Any])?.count, 3)
        let historyText = try succeed(["quote", "history", quote]).stdout
        XCTAssertTrue(historyText.contains("Version 1: archived (was sent)"), historyText)
        XCTAssertTrue(historyText.contains("Approved by afuller"), historyText)
        for document in (sent + ordered).flatMap(\.documents) {
            XCTAssertTrue(historyText.contains(document.sha256), "the history shows \(document.path)'s hash")
        }

        let diff = try succeed(["quote", "diff", quote, "1", "2"]).stdout
        XCTAssertTrue(diff.contains("quantity 4 → 10 (+6)"), diff)
        XCTAssertTrue(diff.contains("Favourite (Standard) total: 189.42 → 305.92 (+116.50)"), diff)

        let listed = try succeed(["activities", "--sale", detail.sale.number]).stdout
        XCTAssertEqual(listed.components(separatedBy: ": quoteSent on sale").count - 1, 2, listed)
        XCTAssertEqual(listed.components(separatedBy: ": orderPlaced on sale").count - 1, 1, listed)

        // Tampering with one file, and losing another, is caught and named.
        let tampered = try XCTUnwrap(sent.first?.documents.first { $0.format == .html })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tampered.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- changed -->".utf8))
        try handle.close()
        let failed = try fail(["document", "verify"])
        XCTAssertTrue(failed.stdout.contains("CHANGED  \(tampered.path)"), failed.stdout)
        XCTAssertTrue(failed.stderr.contains(tampered.path), failed.stderr)
        XCTAssertTrue(failed.stdout.contains("1 of 6 archived documents are missing or changed"), failed.stdout)

        let lost = try XCTUnwrap(ordered.first?.documents.first { $0.format == .xml })
        try FileManager.default.removeItem(atPath: lost.path)
        let failedAgain = try fail(["document", "verify", "--json"])
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(failedAgain.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["failed"] as? Int, 2)
        let outcomes = Dictionary(uniqueKeysWithValues: (report["checks"] as? [[String: Any]] ?? []).map { ($0["path"] as? String ?? "", $0["outcome"] as? String ?? "") })
        XCTAssertEqual(outcomes[tampered.path], "changed")
        XCTAssertEqual(outcomes[lost.path], "missing")
        XCTAssertEqual(outcomes.values.filter { $0 == "ok" }.count, 4)
    }
}

extension VersionWithAlternatives {
    func lines(ofAlternative name: String) -> [QuoteLine] {
        alternatives.first { $0.alternative.name == name }?.lines ?? []
    }
}
