import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// Approving and rejecting: only an associate with the right, and only one named explicitly.
final class ApprovalCommandTests: LifecycleTestCase {
    private let quote = "11065"   // needs approval: 25 % discount, above the 20 % limit

    func testAnAssociateWithoutTheRightCannotApproveOrRejectAndNothingChanges() throws {
        try succeed(["approval", "request", quote, "--approver", "afuller", "--comment", "please"])
        let before = try activeVersion(quote)
        let activitiesBefore = try database().activities()

        let approve = try fail(["approve", quote, "--comment", "fine by me", "--as", "ndavolio"])
        XCTAssertEqual(approve.stderr, "Error: Nancy Davolio (ndavolio) does not have the right to approve quotes\nHint: `quotedoc associate list` shows who may approve quotes\n")
        let reject = try fail(["reject", quote, "--comment", "no"], environment: ["QUOTEDOC_USER": "ndavolio"])
        XCTAssertTrue(reject.stderr.contains("does not have the right to approve quotes"), reject.stderr)
        let request = try fail(["approval", "request", quote, "--approver", "ndavolio", "--comment", "you decide"])
        XCTAssertTrue(request.stderr.contains("Nancy Davolio (ndavolio) does not have the right to approve quotes"), request.stderr)

        XCTAssertEqual(try activeVersion(quote), before, "the version is exactly as it was")
        XCTAssertEqual(try database().activities(), activitiesBefore)
    }

    func testApproveWithoutAsOrQuotedocUserIsRefusedAsAUsageError() throws {
        let before = try activeVersion(quote)
        for arguments in [["approve", quote, "--comment", "ok"], ["reject", quote, "--comment", "no"]] {
            let run = try quotedoc(arguments)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--as USER") && run.stderr.contains("QUOTEDOC_USER"), run.stderr)
            let empty = try quotedoc(arguments, environment: ["QUOTEDOC_USER": ""])
            XCTAssertEqual(empty.status, 64, "an empty QUOTEDOC_USER names nobody: \(empty.stderr)")
        }
        XCTAssertEqual(try activeVersion(quote), before)

        // Named by QUOTEDOC_USER, the approver is accepted.
        try succeed(["approve", quote, "--comment", "ok"], environment: ["QUOTEDOC_USER": "afuller"])
        let approved = try activeVersion(quote)
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(try database().associate(userName: "afuller").id, approved.approval.approvedById)
    }

    func testAnUnknownActingUserIsNotFound() throws {
        let run = try fail(["approve", quote, "--comment", "ok", "--as", "nobody"])
        XCTAssertEqual(run.stderr, "Error: no associate 'nobody'\n")
    }

    func testRejectMakesTheVersionNotApprovedWhichCannotBeSent() throws {
        try succeed(["reject", quote, "--comment", "Too much discount", "--as", "afuller"])
        let rejected = try activeVersion(quote)
        XCTAssertEqual(rejected.state, .notApproved)
        XCTAssertEqual(rejected.approval.approvalText, "Too much discount")
        let send = try fail(["send", quote] + documentOptions)
        XCTAssertTrue(send.stderr.contains("was not approved"), send.stderr)
        XCTAssertEqual(try activeVersion(quote).state, .notApproved)
        let history = try succeed(["quote", "history", quote]).stdout
        XCTAssertTrue(history.contains("Rejected by afuller"), history)
        XCTAssertTrue(history.contains("Too much discount"), history)
    }

    func testADraftWithoutWarningsHasNothingToApprove() throws {
        let draft = "11077"
        XCTAssertEqual(try activeVersion(draft).state, .draft)
        let request = try fail(["approval", "request", draft, "--approver", "afuller", "--comment", "?"])
        XCTAssertTrue(request.stderr.contains("only a version whose warnings need approval"), request.stderr)
        let approve = try fail(["approve", draft, "--comment", "?", "--as", "afuller"])
        XCTAssertTrue(approve.stderr.contains("there is nothing to approve"), approve.stderr)
        XCTAssertFalse(approve.stderr.contains(databasePath), "the message is the rule's, not a database failure: \(approve.stderr)")
    }
}
