import Foundation
import GRDB
import NorthwindDemo
@testable import QuoteDocuments
import QuoteModel
import StorageInterface
import QuoteStore
import XCTest

final class ConfirmationBatchTests: XCTestCase {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func northwind() throws -> QuoteDatabase {
        let database = try QuoteDatabase.create(at: folder.appendingPathComponent("q.sqlite").path)
        try NorthwindImport.run(into: database)
        return database
    }

    func batch(_ database: QuoteDatabase, out: URL) throws -> ConfirmationBatch {
        ConfirmationBatch(storage: database, renderer: DocumentRenderer(library: try TemplateLibrary(folder: Self.templates)), writer: DocumentWriter(outputFolder: out))
    }

    func files(under url: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath && $0.path.contains("/batches/") == false }
    }

    func testSyntheticOrdersCarryTheVarietyDocumentsMeetAndEachOneIsConfirmedValidByShapeAsInFull() throws {
        let database = try northwind()
        try SyntheticOrders.generate(count: 24, into: database)
        let variety = try database.read { db in
            (currencies: try String.fetchAll(db, sql: "SELECT DISTINCT currency FROM sale WHERE number LIKE 'S%' ORDER BY currency"),
             favouriteNotOrdered: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM quote q JOIN quoteVersion v ON v.quoteId = q.id
                WHERE q.number LIKE 'S%' AND v.favouriteAlternativeId <> q.acceptedAlternativeId
                """)!,
             discounted: try Int.fetchOne(db, sql: "SELECT count(*) FROM quoteAlternative WHERE name = 'Premium' AND discountPercent = '5'")!,
             markedNames: try Int.fetchOne(db, sql: "SELECT count(*) FROM quoteLine WHERE name LIKE '%\"Gift\" <boxed> & wrapped'")!,
             pictures: try Int.fetchOne(db, sql: "SELECT count(*) FROM product WHERE imageBytes IS NOT NULL")!)
        }
        XCTAssertEqual(variety.currencies, ["JPY", "KWD", "USD"])
        XCTAssertGreaterThan(variety.favouriteNotOrdered, 0)
        XCTAssertGreaterThan(variety.discounted, 0)
        XCTAssertGreaterThan(variety.markedNames, 0)
        XCTAssertGreaterThan(variety.pictures, 0)

        let library = try TemplateLibrary(folder: Self.templates)
        let numbers = try database.orderedQuoteNumbers(OrderSelection()).filter { $0.hasPrefix("S") }
        XCTAssertEqual(numbers.count, 24)
        // Every confirmation is valid in full, and the same documents checked by shape pass too,
        // most without being parsed.
        let decided = try UBLSchemas.orderResponse().documentsDecidedByShape
        for validation in [XMLValidation.full, .shape, .shape] {
            let renderer = DocumentRenderer(library: library, validation: validation)
            for source in try database.documentSources(quoteNumbers: numbers, alternatives: .favouriteAndAccepted).values.map({ try $0.get() }) {
                let options = DocumentOptions(kind: .orderConfirmation, issueDate: source.detail.quote.orderDate!)
                XCTAssertNoThrow(try renderer.render(source.detail, ownCompany: source.ownCompany, images: source.images, options: options, formats: [.html, .xml]))
            }
        }
        XCTAssertGreaterThan(try UBLSchemas.orderResponse().documentsDecidedByShape, decided)
    }

    func testABatchOverEveryNorthwindOrderWritesEachConfirmationOnceWithAManifest() throws {
        let database = try northwind()
        let out = folder.appendingPathComponent("out")
        let summary = try batch(database, out: out).run(.init(selection: OrderSelection(), jobs: 2))
        XCTAssertEqual(summary.total, 809)
        XCTAssertEqual(summary.rendered, 809)
        XCTAssertEqual(summary.failed, 0)
        XCTAssertEqual(summary.activitiesRecorded, 809)
        XCTAssertEqual(summary.documentsArchived, 1618)
        let written = files(under: out)
        XCTAssertEqual(written.count, 1618)
        XCTAssertEqual(written.filter { $0.lastPathComponent.hasPrefix(DocumentWriter.temporaryPrefix) }, [])
        let manifest = try BatchManifest.read(URL(fileURLWithPath: summary.manifest))
        XCTAssertEqual(manifest.header.quotes, 809)
        XCTAssertEqual(manifest.entries.count, 809)
        XCTAssertTrue(manifest.entries.values.allSatisfy { $0.status == .ok && $0.files.count == 2 })

        // Resuming the finished run does nothing.
        let resumed = try batch(database, out: out).run(.init(selection: OrderSelection(), jobs: 2, resume: summary.run))
        XCTAssertEqual(resumed.rendered, 0)
        XCTAssertEqual(resumed.skipped, 809)

        // A new run over the same data and templates gives the same bytes and records nothing new.
        let again = try batch(database, out: out).run(.init(selection: OrderSelection(quoteNumbers: ["10248", "10250"]), jobs: 2))
        XCTAssertEqual(again.rendered, 2)
        XCTAssertEqual(again.activitiesRecorded, 0)
        XCTAssertEqual(again.documentsArchived, 0)
        let first = try BatchManifest.read(URL(fileURLWithPath: summary.manifest)).entries["10248"]
        let second = try BatchManifest.read(URL(fileURLWithPath: again.manifest)).entries["10248"]
        XCTAssertEqual(first?.files, second?.files)
    }

    func testAQuoteWhoseStoredTotalsAddUpPastTheDecimalRangeFailsAloneWithTheOverflowInTheManifest() throws {
        let path = folder.appendingPathComponent("q.sqlite").path
        let database = try northwind()
        // Its total plus VAT (the document's "total inc. VAT") passes ±Int128.max: before, this crashed the run.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER quoteAlternative_frozen_update")
            try db.execute(sql: """
                UPDATE quoteAlternative SET totalPrice = '\(ExactDecimal.maximumSignificand)', vatAmount = '1' WHERE versionId =
                (SELECT v.id FROM quoteVersion v JOIN quote q ON q.id = v.quoteId WHERE q.number = '10249')
                """)
        }
        try queue.close()
        let summary = try batch(database, out: folder.appendingPathComponent("out")).run(.init(selection: OrderSelection(quoteNumbers: ["10248", "10249", "10250"]), jobs: 2))
        XCTAssertEqual(summary.rendered, 2)
        XCTAssertEqual(summary.failed, 1)
        let entry = try XCTUnwrap(try BatchManifest.read(URL(fileURLWithPath: summary.manifest)).entries["10249"])
        XCTAssertEqual(entry.status, .failed)
        XCTAssertEqual(entry.error, "quote 10249 cannot be made into a document: \(ExactDecimal.maximumSignificand) + 1 is too large: "
                           + "an exact decimal holds at most \(ExactDecimal.maximumSignificand) (39 digits)")
    }

    func testAQuoteWithBrokenDataFailsAloneWithItsReasonInTheManifest() throws {
        let path = folder.appendingPathComponent("q.sqlite").path
        let database = try northwind()
        // Damage one sold line behind quotedoc's back (the frozen-version trigger has to go first).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER quoteLine_frozen_update")
            try db.execute(sql: """
                UPDATE quoteLine SET unitListPrice = 'twelve' WHERE id = (SELECT l.id FROM quoteLine l
                JOIN quoteAlternative a ON a.id = l.alternativeId JOIN quoteVersion v ON v.id = a.versionId
                JOIN quote q ON q.id = v.quoteId WHERE q.number = '10250' LIMIT 1)
                """)
        }
        try queue.close()
        let summary = try batch(database, out: folder.appendingPathComponent("out")).run(.init(selection: OrderSelection(quoteNumbers: ["10248", "10249", "10250", "10251"]), jobs: 2))
        XCTAssertEqual(summary.rendered, 3)
        XCTAssertEqual(summary.failed, 1)
        let entry = try XCTUnwrap(try BatchManifest.read(URL(fileURLWithPath: summary.manifest)).entries["10250"])
        XCTAssertEqual(entry.status, .failed)
        XCTAssertTrue(entry.error?.contains("unitListPrice") ?? false, entry.error ?? "")
    }

    func testAnOutputThatCannotBeWrittenStopsTheRunReadyToResume() throws {
        let database = try northwind()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Sale 10300's folder is taken by a file: its confirmations cannot be written.
        try Data("in the way".utf8).write(to: out.appendingPathComponent("10300"))
        var runID: String?
        XCTAssertThrowsError(try batch(database, out: out).run(.init(selection: OrderSelection(), jobs: 2))) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .output)
            let message = "\(error)"
            XCTAssertTrue(message.contains("resume run run-"), message)
            runID = (error as? QuoteError)?.value
        }
        let run = try XCTUnwrap(runID)
        let partial = try BatchManifest.read(BatchManifest.url(run: run, outputFolder: out)).entries
        XCTAssertLessThan(partial.values.filter { $0.status == .ok }.count, 809)
        try FileManager.default.removeItem(at: out.appendingPathComponent("10300"))
        let resumed = try batch(database, out: out).run(.init(selection: OrderSelection(), jobs: 2, resume: run))
        XCTAssertEqual(resumed.failed, 0)
        XCTAssertEqual(resumed.rendered + resumed.skipped, 809)
        XCTAssertEqual(files(under: out).count, 1618, "exactly one HTML and one XML file per confirmation")
        let final = try BatchManifest.read(BatchManifest.url(run: run, outputFolder: out)).entries
        for entry in final.values {
            XCTAssertEqual(entry.status, .ok)
            for file in entry.files {
                let data = try XCTUnwrap(FileManager.default.contents(atPath: file.path))
                XCTAssertEqual(data.count, file.bytes)
            }
        }
    }

    func testAReissueWithOtherBytesNeverOverwritesTheArchivedConfirmation() throws {
        let database = try northwind()
        let out = folder.appendingPathComponent("out")
        let first = try batch(database, out: out).run(.init(selection: OrderSelection(quoteNumbers: ["10248"]), jobs: 1))
        let original = try XCTUnwrap(try BatchManifest.read(URL(fileURLWithPath: first.manifest)).entries["10248"]?.files)
        let swedish = try batch(database, out: out).run(.init(selection: OrderSelection(quoteNumbers: ["10248"]), culture: "sv-SE", jobs: 1))
        let reissued = try XCTUnwrap(try BatchManifest.read(URL(fileURLWithPath: swedish.manifest)).entries["10248"]?.files)
        XCTAssertEqual(swedish.activitiesRecorded, 0, "the version's confirmation was issued already")
        // The HTML is Swedish now: a re-issue beside the archived one. The UBL XML is the same
        // bytes in every culture, so it is simply the archived file again.
        XCTAssertEqual(swedish.documentsArchived, 1)
        let html = try XCTUnwrap(zip(original, reissued).first { $0.0.path.hasSuffix(".html") })
        XCTAssertTrue(html.1.path.hasSuffix("10248-v1-order-confirmation-reissue-\(html.1.sha256.prefix(8)).html"), html.1.path)
        XCTAssertEqual(FileManager.default.contents(atPath: html.0.path)?.count, html.0.bytes, "the archived file is untouched")
        let xml = try XCTUnwrap(zip(original, reissued).first { $0.0.path.hasSuffix(".xml") })
        XCTAssertEqual(xml.0, xml.1)
    }

    /// A file with other bytes at a confirmation's name (a preview, say) is never replaced: that
    /// quote fails naming the path, the run goes on, and a resume once the file is gone finishes it.
    func testAFileInTheWayFailsItsQuoteAloneAndIsNeverReplaced() throws {
        let database = try northwind()
        let out = folder.appendingPathComponent("out")
        let taken = URL(fileURLWithPath: DocumentWriter(outputFolder: out).folderPath(forSale: "10249") + "/10249-v1-order-confirmation.xml")
        try FileManager.default.createDirectory(at: taken.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a preview".utf8).write(to: taken)
        let numbers = ["10248", "10249", "10250"]
        let summary = try batch(database, out: out).run(.init(selection: OrderSelection(quoteNumbers: numbers), jobs: 2))
        XCTAssertEqual(summary.rendered, 2)
        XCTAssertEqual(summary.failed, 1)
        let entry = try XCTUnwrap(try BatchManifest.read(URL(fileURLWithPath: summary.manifest)).entries["10249"])
        XCTAssertEqual(entry.status, .failed)
        XCTAssertEqual(entry.error, QuoteError.fileExists(taken.path).description)
        XCTAssertEqual(try String(contentsOf: taken, encoding: .utf8), "a preview")
        XCTAssertFalse(FileManager.default.fileExists(atPath: taken.deletingLastPathComponent().appendingPathComponent("10249-v1-order-confirmation.html").path),
                       "nothing of the failed quote was written")

        try FileManager.default.removeItem(at: taken)
        let resumed = try batch(database, out: out).run(.init(selection: OrderSelection(quoteNumbers: numbers), jobs: 2, resume: summary.run))
        XCTAssertEqual(resumed.rendered, 1)
        XCTAssertEqual(resumed.skipped, 2)
        XCTAssertEqual(resumed.failed, 0)
        XCTAssertEqual(files(under: out).count, 6)
    }

    /// Whatever stops a run — the database, the manifest, the disk — says how to go on, and
    /// keeps its kind.
    func testAStoppedRunSaysHowToResume() {
        let manifest = URL(fileURLWithPath: "/out/batches/run-1.jsonl")
        let store = ConfirmationBatch.stopped(QuoteError(.invalid, "database or disk is full"), run: "run-1", manifest: manifest)
        XCTAssertEqual((store as? QuoteError)?.code, .invalid)
        XCTAssertTrue("\(store)".hasPrefix("database or disk is full\n"), "\(store)")
        XCTAssertTrue("\(store)".contains("resume run run-1"), "\(store)")
        XCTAssertEqual((store as? QuoteError)?.value, "run-1")
        let output = ConfirmationBatch.stopped(QuoteError(.output, "cannot write the manifest"), run: "run-1", manifest: manifest)
        XCTAssertEqual((output as? QuoteError)?.code, .output)
        XCTAssertTrue("\(output)".contains("recorded in /out/batches/run-1.jsonl"), "\(output)")
    }
}
