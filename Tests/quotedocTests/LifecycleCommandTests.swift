import Foundation
import QuoteModel
import QuoteDocuments
import QuoteStore
import QuoteWorkflow
import XCTest

/// The other lifecycle commands: version new, lost, activities, history of an expired quote, diff.
final class LifecycleCommandTests: LifecycleTestCase {
    private let quote = "11077"

    func testVersionNewCopiesASentVersionIntoADraftAndArchivesTheOthers() throws {
        let draft = try fail(["version", "new", quote])
        XCTAssertTrue(draft.stderr.contains("version 1 of quote \(quote) is draft"), draft.stderr)
        try succeed(["send", quote] + documentOptions)
        let run = try succeed(["version", "new", quote, "--json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["version"] as? [String: Any]).flatMap { $0["version"] as? [String: Any] }?["rank"] as? Int, 2)
        let versions = try database().versions(quoteNumber: quote)
        XCTAssertEqual(versions.map(\.version.state), [.archived, .draft])
        XCTAssertEqual(versions[0].version.archivedState, .sent)
        XCTAssertEqual(versions[1].alternatives.map { $0.lines.map(\.code) }, versions[0].alternatives.map { $0.lines.map(\.code) })
        let unchanged = try succeed(["quote", "diff", quote, "1", "2"]).stdout
        XCTAssertTrue(unchanged.contains("Alternative Standard: unchanged"), unchanged)

        let text = try succeed(["version", "new", quote, "--from", "1"]).stdout
        XCTAssertEqual(text, "Quote \(quote): version 3 created from version 1, draft\nOther versions: 1 archived, 2 archived\n")
        XCTAssertEqual(try database().versions(quoteNumber: quote).last?.version.archivedState, nil)
        XCTAssertEqual(try database().versions(quoteNumber: quote)[1].version.archivedState, .draft)
        XCTAssertEqual(try quotedoc(["version", "new", quote, "--from", "0"]).status, 64)
        let missing = try fail(["version", "new", quote, "--from", "9"])
        XCTAssertTrue(missing.stderr.contains("has no version 9"), missing.stderr)
    }

    func testLostMarksTheVersionAndSaleLostWithAnActivityGivingTheReason() throws {
        try succeed(["send", quote] + documentOptions)
        let run = try succeed(["lost", quote, "--reason", "Went with a competitor", "--as", "jleverling"])
        XCTAssertTrue(run.stdout.contains("saleLost on sale"), run.stdout)
        XCTAssertTrue(run.stdout.contains("by jleverling"), run.stdout)
        let detail = try database().quote(number: quote)
        XCTAssertEqual(detail.version.version.state, .lost)
        XCTAssertEqual(detail.sale.status, .lost)
        let lost = try database().activities(quoteNumber: quote).filter { $0.activity.kind == .saleLost }
        XCTAssertEqual(lost.map(\.activity.text), ["Went with a competitor"])
        XCTAssertEqual(lost.first?.associateUserName, "jleverling")

        let again = try fail(["lost", quote, "--reason", "again"])
        XCTAssertEqual(again.stderr, "Error: version 1 of quote \(quote) is lost and cannot be marked lost\n")
        XCTAssertEqual(try quotedoc(["lost", quote, "--reason", " "]).status, 64)
        XCTAssertEqual(try quotedoc(["lost", quote]).status, 64, "--reason is required")
    }

    func testActivitiesFilterBySaleQuoteAndDay() throws {
        try succeed(["send", quote] + documentOptions)
        try succeed(["send", "11075"] + documentOptions)
        let all = try database().activities()
        XCTAssertEqual(all.count, 2)

        let json = try succeed(["activities", "--quote", quote, "--json"]).stdout
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records.first?["quoteNumber"] as? String, quote)
        XCTAssertEqual((records.first?["documents"] as? [Any])?.count, 2)

        let text = try succeed(["activities", "--sale", "11075"]).stdout
        XCTAssertTrue(text.contains("quoteSent on sale 11075"), text)
        XCTAssertFalse(text.contains("sale \(quote)"), text)
        for document in all.first(where: { $0.saleNumber == "11075" })?.documents ?? [] {
            XCTAssertTrue(text.contains("sha256 \(document.sha256)"), text)
        }

        let tomorrow = Calendar.current.date(byAdding: .day, value: 1, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: tomorrow)
        let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        XCTAssertEqual(try succeed(["activities", "--since", day]).stdout, "No activities.\n")
        XCTAssertEqual(try succeed(["activities", "--since", "2000-01-01"]).stdout.components(separatedBy: "quoteSent").count - 1, 2)
        XCTAssertEqual(try quotedoc(["activities", "--since", "yesterday"]).status, 64)
        XCTAssertTrue(try fail(["activities", "--quote", "99999"]).stderr.contains("no quote '99999'"))
    }

    func testHistoryShowsASentVersionPastItsExpirationAsSentExpired() throws {
        // Sent long ago, through the store (the command line always sends today).
        let workflow = QuoteWorkflow(storage: try database())
        let output = DocumentOutput(
            renderer: DocumentRenderer(library: try TemplateLibrary(folder: Self.templatesFolder)), writer: DocumentWriter(outputFolder: outputFolder))
        _ = try workflow.send(
            quoteNumber: quote,
            options: .init(validTo: LocalDate("2020-02-09")!, acting: .init(user: "rking", today: LocalDate("2020-01-10")!, now: Date(timeIntervalSince1970: 1_578_650_000))),
            output: output)
        let json = try succeed(["quote", "history", quote, "--json"]).stdout
        let history = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let version = try XCTUnwrap((history["versions"] as? [[String: Any]])?.first)
        XCTAssertEqual(version["state"] as? String, "sent")
        XCTAssertEqual(version["displayState"] as? String, "sentExpired")
        XCTAssertEqual(version["sentDate"] as? String, "2020-01-10")
        XCTAssertEqual(version["expirationDate"] as? String, "2020-02-09")
        let text = try succeed(["quote", "history", quote]).stdout
        XCTAssertTrue(text.contains("Version 1: sentExpired, status ok"), text)
        XCTAssertTrue(text.contains("Sent:      2020-01-10, valid to 2020-02-09"), text)
        XCTAssertTrue(text.contains("quoteSent on sale \(quote), quote \(quote) version 1 by rking"), text)
    }

    func testDiffOfAnUnknownVersionFails() throws {
        let run = try fail(["quote", "diff", quote, "1", "2"])
        XCTAssertTrue(run.stderr.contains("has no version 2"), run.stderr)
        XCTAssertEqual(try quotedoc(["quote", "diff", quote, "0", "1"]).status, 64)
    }

    func testDocumentVerifyWithNoDocumentsPasses() throws {
        let stdout = try succeed(["document", "verify"]).stdout
        XCTAssertTrue(stdout.hasPrefix("Verified 0 archived documents: every file is present with its recorded SHA-256.\nThe history holds"), stdout)
    }
}
