import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

/// Attachments from the command line (F19): added to a draft's active version, listed, left out
/// and included, removed; copied from a sale type onto a new quote and from version to version;
/// sent with the proposal into the sale's folder and archived with their SHA-256, so
/// `document verify` catches a changed one; and frozen once sent, even against direct SQL.
final class AttachmentCommandTests: LifecycleTestCase {
    func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testAddListExcludeIncludeAndRemoveOnADraft() throws {
        let terms = try file("terms.pdf", "%PDF-1.4 terms")
        let added = try succeed(["attachment", "add", "11040", terms])
        XCTAssertTrue(added.stdout.contains("Attached terms.pdf (application/pdf, 14 bytes)"), added.stdout)
        try succeed(["attachment", "add", "11040", try file("sheet.txt", "data sheet"), "--name", "Data sheet.txt", "--exclude"])
        let listed = try succeed(["attachment", "list", "11040"])
        XCTAssertTrue(listed.stdout.contains("Data sheet.txt") && listed.stdout.contains("left out") && listed.stdout.contains("included"), listed.stdout)

        let duplicate = try fail(["attachment", "add", "11040", terms])
        XCTAssertTrue(duplicate.stderr.contains("already an attachment named 'terms.pdf'"), duplicate.stderr)
        try succeed(["attachment", "include", "11040", "Data sheet.txt"])
        try succeed(["attachment", "exclude", "11040", "terms.pdf"])
        let json = try succeed(["attachment", "list", "11040", "--json"]).stdout
        XCTAssertTrue(json.contains("\"isIncluded\" : false") && json.contains("\"isIncluded\" : true"), json)
        try succeed(["attachment", "remove", "11040", "terms.pdf"])
        XCTAssertEqual(try database().read { db in try String.fetchAll(db, sql: "SELECT fileName FROM versionAttachment") }, ["Data sheet.txt"])
    }

    func testAnEmptyFileAndOneOverTenMiBAreRefused() throws {
        let empty = try fail(["attachment", "add", "11040", try file("empty.txt", "")])
        XCTAssertTrue(empty.stderr.contains("is empty"), empty.stderr)
        let big = folder.appendingPathComponent("big.bin")
        try Data(count: AttachmentRules.maximumByteCount + 1).write(to: big)
        let refused = try fail(["attachment", "add", "11040", big.path])
        XCTAssertTrue(refused.stderr.contains("at most 10485760 bytes (10 MiB)"), refused.stderr)
        XCTAssertEqual(try database().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM versionAttachment") }, 0)
    }

    func testSendTakesTheIncludedOnesArchivesThemAndVerifyCatchesAChange() throws {
        try succeed(["attachment", "add", "11040", try file("terms.txt", "Our terms")])
        try succeed(["attachment", "add", "11040", try file("internal.txt", "not for the customer"), "--exclude"])
        try succeed(["send", "11040", "--as", "mpeacock"] + documentOptions)
        XCTAssertEqual(files(inSale: "11040").filter { $0.contains("attachment") }, ["11040-v1-attachment-terms.txt"])
        let sent = saleFolder("11040").appendingPathComponent("11040-v1-attachment-terms.txt")
        XCTAssertEqual(try String(contentsOf: sent, encoding: .utf8), "Our terms")
        let archived = try documents(ofQuote: "11040").filter { $0.format == .attachment }
        XCTAssertEqual(archived.map(\.sha256), [try Self.sha256(of: sent)])
        XCTAssertTrue(try succeed(["document", "verify", "--out", outputFolder.path]).stdout.contains("every file is present"))

        try Data("Other terms".utf8).write(to: sent)
        let verify = try fail(["document", "verify", "--out", outputFolder.path])
        XCTAssertTrue(verify.stdout.contains("11040-v1-attachment-terms.txt"), verify.stdout)
    }

    func testASentVersionsAttachmentsNeverChangeNotEvenByDirectSQL() throws {
        try succeed(["attachment", "add", "11040", try file("terms.txt", "Our terms")])
        try succeed(["send", "11040", "--as", "mpeacock"] + documentOptions)
        let refused = try fail(["attachment", "remove", "11040", "terms.txt"])
        XCTAssertTrue(refused.stderr.contains("never change") && refused.stderr.contains("version new 11040"), refused.stderr)
        for sql in ["DELETE FROM versionAttachment", "UPDATE versionAttachment SET isIncluded = 0"] {
            XCTAssertThrowsError(try database().write { db in try db.execute(sql: sql) }, sql)
        }
        // A new version starts with the same attachments, changeable again.
        try succeed(["version", "new", "11040", "--as", "mpeacock"])
        XCTAssertTrue(try succeed(["attachment", "list", "11040"]).stdout.contains("terms.txt"))
        try succeed(["attachment", "remove", "11040", "terms.txt"])
        XCTAssertTrue(try succeed(["attachment", "list", "11040", "--version", "1"]).stdout.contains("terms.txt"), "version 1 keeps it")
    }

    func testASaleTypesDefaultsAreCopiedOntoANewQuote() throws {
        try succeed(["saletype", "attachment", "add", "Northwind", try file("conditions.pdf", "%PDF conditions")])
        XCTAssertTrue(try succeed(["saletype", "attachment", "list", "Northwind"]).stdout.contains("conditions.pdf"))
        try succeed(["sale", "add", "--number", "S-NEW", "--title", "New sale", "--company", "ALFKI", "--owner", "mpeacock", "--type", "Northwind"])
        try succeed(["quote", "new", "--sale", "S-NEW"])
        let listed = try succeed(["attachment", "list", "S-NEW"]).stdout
        XCTAssertTrue(listed.contains("conditions.pdf") && listed.contains("included"), listed)
        try succeed(["saletype", "attachment", "remove", "Northwind", "conditions.pdf"])
        XCTAssertTrue(try succeed(["attachment", "list", "S-NEW"]).stdout.contains("conditions.pdf"), "the quote keeps its copy")
    }
}
