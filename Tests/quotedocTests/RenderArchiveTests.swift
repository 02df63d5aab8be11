import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// `quotedoc render` (a preview) never harms what a send or an order archived.
final class RenderArchiveTests: LifecycleTestCase {
    private let quote = "11077"

    func testRenderRefusesToOverwriteAnArchivedDocumentAndWritesElsewhere() throws {
        try succeed(["send", quote] + documentOptions)
        let run = try fail(["render", quote, "--document", "proposal", "--lang", "sv-SE"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("is an archived document of a sent quote or placed order"), run.stderr)
        try succeed(["document", "verify"])

        let previews = folder.appendingPathComponent("Previews").path
        try succeed(["render", quote, "--document", "proposal", "--lang", "sv-SE", "--templates", Self.templatesFolder.path, "--out", previews])
        try succeed(["document", "verify"])
    }

    /// A preview is never replaced either, and one left where the send writes stops the send
    /// before anything is recorded, naming the file.
    func testAPreviewReplacesAnEarlierPreviewButOneInTheWayStopsTheSend() throws {
        let sale = try database().quote(number: quote).sale.number
        try succeed(["render", quote, "--document", "proposal"] + documentOptions)
        let preview = saleFolder(sale).appendingPathComponent("\(quote)-v1-proposal.html")
        let english = try Data(contentsOf: preview)
        // A preview is no document of record: the next preview replaces it.
        try succeed(["render", quote, "--document", "proposal", "--lang", "sv-SE"] + documentOptions)
        let swedish = try Data(contentsOf: preview)
        XCTAssertNotEqual(swedish, english)
        // A send never replaces a file: the Swedish preview where the English proposal goes stops it.
        let send = try fail(["send", quote] + documentOptions)
        XCTAssertTrue(send.stderr.contains("\(preview.path) exists already with other content and is never replaced"), send.stderr)
        XCTAssertEqual(try Data(contentsOf: preview), swedish)
        XCTAssertEqual(try activeVersion(quote).state, .draft)
        XCTAssertEqual(temporaryFiles(inSale: sale), [])

        try FileManager.default.removeItem(at: saleFolder(sale))
        try succeed(["send", quote] + documentOptions)
        try succeed(["document", "verify"])
    }

    func testRenderWritesPreviewsApartFromTheArchiveByDefault() throws {
        let sale = try database().quote(number: quote).sale.number
        let run = try succeed(["render", quote, "--document", "proposal", "--templates", Self.templatesFolder.path], in: folder)
        XCTAssertTrue(run.stdout.contains("/Output/previews/\(sale)/\(quote)-v1-proposal.html"), run.stdout)
        try succeed(["send", quote, "--templates", Self.templatesFolder.path], in: folder)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/\(sale)/\(quote)-v1-proposal.html").path))
    }

    func testRenderAfterASendKilledBetweenCommitAndRenameFinishesTheSendInsteadOfDeletingIt() throws {
        let sale = try database().quote(number: quote).sale.number
        let crashed = try quotedoc(["send", quote] + documentOptions, environment: ["QUOTEDOC_CRASH_AT": "after-database-commit"])
        XCTAssertTrue(crashed.wasKilled)
        XCTAssertEqual(temporaryFiles(inSale: sale).count, 2)
        // A preview into the same folder first finishes the send; its bytes are the archived ones
        // (same data, same day), so writing them changes nothing.
        try succeed(["render", quote, "--document", "proposal"] + documentOptions)
        XCTAssertEqual(temporaryFiles(inSale: sale), [])
        assertDocumentsOnDisk(try documents(ofQuote: quote))
        try succeed(["document", "verify"])
    }
}
