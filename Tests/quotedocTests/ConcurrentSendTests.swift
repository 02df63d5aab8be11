import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// Several processes sending (or ordering) the same version at once: exactly one wins.
final class ConcurrentSendTests: LifecycleTestCase {
    private let quote = "11077"
    private let processes = 8

    /// Starts `processes` runs of `arguments` together and waits for all of them.
    private func runTogether(_ arguments: [String]) throws -> [ToolRun] {
        let started = try (0..<processes).map { _ in try startQuotedoc(arguments) }
        return started.map { $0.wait() }
    }

    func testEightProcessesSendingTheSameVersionExactlyOneSucceedsAndOneActivityIsRecorded() throws {
        let sale = try database().quote(number: quote).sale.number
        let runs = try runTogether(["send", quote] + documentOptions)

        XCTAssertTrue(runs.allSatisfy { $0.reason == .exit }, "no process crashed: \(runs.map(\.reason))")
        XCTAssertEqual(runs.filter { $0.status == 0 }.count, 1, "exactly one send succeeds: \(runs.map(\.stderr))")
        for loser in runs where loser.status != 0 {
            XCTAssertEqual(loser.status, 1)
            XCTAssertTrue(loser.stderr.hasPrefix("Error: "), loser.stderr)
            XCTAssertTrue(loser.stderr.contains("cannot be sent again") || loser.stderr.contains("busy"),
                          "a clear reason: \(loser.stderr)")
        }

        let version = try activeVersion(quote)
        XCTAssertEqual(version.state, .sent)
        let sent = try database().activities(quoteNumber: quote).filter { $0.activity.kind == .quoteSent }
        XCTAssertEqual(sent.count, 1, "exactly one quoteSent activity")
        XCTAssertEqual(sent.first?.version, version.rank)
        XCTAssertEqual(try documents(ofQuote: quote).count, 2, "only the winner's documents are archived")
        assertDocumentsOnDisk(sent.first?.documents ?? [])
        XCTAssertEqual(temporaryFiles(inSale: sale), [], "no temporary files remain")
        XCTAssertEqual(files(inSale: sale), ["\(quote)-v1-proposal.html", "\(quote)-v1-proposal.xml"])
        try succeed(["document", "verify"])
    }

    func testEightProcessesOrderingTheSameQuoteExactlyOneSucceeds() throws {
        let sale = try database().quote(number: quote).sale.number
        try succeed(["send", quote] + documentOptions)
        let runs = try runTogether(["order", quote, "--alternative", "Standard", "--po", "PO-9"] + documentOptions)

        XCTAssertEqual(runs.filter { $0.status == 0 }.count, 1, "exactly one order succeeds: \(runs.map(\.stderr))")
        for loser in runs where loser.status != 0 {
            XCTAssertEqual(loser.status, 1)
            XCTAssertTrue(loser.stderr.contains("order placed already") || loser.stderr.contains("busy")
                          || loser.stderr.contains("cannot be ordered again"), "a clear reason: \(loser.stderr)")
        }
        let ordered = try database().activities(quoteNumber: quote).filter { $0.activity.kind == .orderPlaced }
        XCTAssertEqual(ordered.count, 1)
        assertDocumentsOnDisk(ordered.first?.documents ?? [])
        XCTAssertEqual(try activeVersion(quote).state, .sold)
        XCTAssertEqual(temporaryFiles(inSale: sale), [])
        try succeed(["document", "verify"])
    }
}
