import Foundation
import QuoteModel
import XCTest

@testable import QuoteDocuments

/// Every way a document reaches its final name refuses to replace a file: the same bytes count
/// as written, other bytes are an error naming the path, and the file there stays as it was.
final class DocumentPlacementTests: XCTestCase {
    private var folder: URL!
    private var writer: DocumentWriter!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        writer = DocumentWriter(outputFolder: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func document(_ fileName: String, _ text: String) -> RenderedDocument {
        let bytes = Array(text.utf8)
        return RenderedDocument(kind: .proposal, format: .html, fileName: fileName, bytes: bytes, sha256: SHA256Digest.hex(bytes),
                                templateName: "proposal.html", templateHash: "h", engineVersion: "test")
    }

    private func saleFolder(_ sale: String) -> String { writer.folderPath(forSale: sale) }

    private func put(_ text: String, at path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func names(inSale sale: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: saleFolder(sale))) ?? []).sorted()
    }

    func testSalesWhoseNumbersALossyNameWouldJoinGetFoldersOfTheirOwn() throws {
        try writer.write([document("q-v1-proposal.html", "first")], saleNumber: "a/b")
        try writer.write([document("q-v1-proposal.html", "second")], saleNumber: "a_b")
        XCTAssertEqual(read(saleFolder("a/b") + "/q-v1-proposal.html"), "first")
        XCTAssertEqual(read(saleFolder("a_b") + "/q-v1-proposal.html"), "second")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["a%2Fb", "a_b"])
    }

    func testWriteKeepsAFileWithOtherBytesAndLeavesNothingBehind() throws {
        let taken = saleFolder("1") + "/a.html"
        try put("theirs", at: taken)
        XCTAssertThrowsError(try writer.write([document("b.html", "mine"), document("a.html", "mine")], saleNumber: "1")) { error in
            XCTAssertEqual(error as? QuoteError, QuoteError.fileExists(taken))
            XCTAssertTrue("\(error)".contains("\(taken) exists already with other content and is never replaced"), "\(error)")
        }
        XCTAssertEqual(read(taken), "theirs")
        XCTAssertEqual(names(inSale: "1"), ["a.html"], "nothing written, no temporary file")
    }

    func testWritingTheSameBytesAgainIsDone() throws {
        try writer.write([document("a.html", "same")], saleNumber: "1")
        let again = try writer.write([document("a.html", "same")], saleNumber: "1")
        XCTAssertEqual(again.map(\.path), [saleFolder("1") + "/a.html"])
        XCTAssertEqual(names(inSale: "1"), ["a.html"])
        let inode = try FileManager.default.attributesOfItem(atPath: saleFolder("1") + "/a.html")[.systemFileNumber] as? Int
        let quick = try writer.writeQuickly([document("a.html", "same"), document("b.html", "new")], saleNumber: "1")
        XCTAssertEqual(quick.map(\.path), [saleFolder("1") + "/a.html", saleFolder("1") + "/b.html"])
        XCTAssertEqual(names(inSale: "1"), ["a.html", "b.html"])
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: saleFolder("1") + "/a.html")[.systemFileNumber] as? Int, inode,
                       "a file in place already is not written again")
    }

    func testWriteQuicklyChecksEveryNameBeforeWritingAny() throws {
        let taken = saleFolder("1") + "/b.html"
        try put("theirs", at: taken)
        XCTAssertThrowsError(try writer.writeQuickly([document("a.html", "mine"), document("b.html", "mine")], saleNumber: "1")) { error in
            XCTAssertEqual(error as? QuoteError, QuoteError.fileExists(taken))
        }
        XCTAssertEqual(read(taken), "theirs")
        XCTAssertEqual(names(inSale: "1"), ["b.html"])
    }

    /// With the folder's names listed under the lock, a document whose name is not listed is
    /// written without looking for it; one that is listed is still compared: the same bytes are
    /// not written again, other bytes fail before anything is written.
    func testWriteQuicklyLooksOnlyForTheListedNames() throws {
        try writer.write([document("a.html", "same")], saleNumber: "1")
        let inode = try FileManager.default.attributesOfItem(atPath: saleFolder("1") + "/a.html")[.systemFileNumber] as? Int
        let listed = try writer.recoverLeftovers(saleNumber: "1") { _ in [] }
        XCTAssertEqual(listed, ["a.html"])
        let written = try writer.writeQuickly([document("a.html", "same"), document("b.html", "new")], saleNumber: "1", folderNames: listed)
        XCTAssertEqual(written.map(\.path), [saleFolder("1") + "/a.html", saleFolder("1") + "/b.html"])
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: saleFolder("1") + "/a.html")[.systemFileNumber] as? Int, inode,
                       "a listed file in place already is not written again")
        XCTAssertEqual(read(saleFolder("1") + "/b.html"), "new")

        XCTAssertThrowsError(try writer.writeQuickly([document("c.html", "mine"), document("a.html", "other")], saleNumber: "1",
                                                     folderNames: ["a.html", "b.html"])) { error in
            XCTAssertEqual(error as? QuoteError, QuoteError.fileExists(saleFolder("1") + "/a.html"))
        }
        XCTAssertEqual(names(inSale: "1"), ["a.html", "b.html"], "nothing written before the listed name was found taken")
    }

    /// The folder's names come back from a recovery only when it found nothing to recover (a
    /// recovery moves files, and its listing no longer says what the folder holds) and could
    /// read the folder.
    func testRecoveryListsTheFolderOnlyWhenItHadNothingToDo() throws {
        XCTAssertEqual(try writer.recoverLeftovers(saleNumber: "new") { _ in [] }, [], "a folder not there holds nothing")
        try put("x", at: saleFolder("1") + "/b.html")
        try put("y", at: saleFolder("1") + "/a.html")
        XCTAssertEqual(try writer.recoverLeftovers(saleNumber: "1") { _ in [] }, ["a.html", "b.html"])
        try put("z", at: saleFolder("1") + "/" + DocumentWriter.temporaryName(for: "c.html"))
        XCTAssertNil(try writer.recoverLeftovers(saleNumber: "1") { _ in [] })
        XCTAssertEqual(names(inSale: "1"), ["a.html", "b.html"], "the leftover nobody archived is removed")
        try put("not a folder", at: saleFolder("2"))
        XCTAssertNil(try writer.recoverLeftovers(saleNumber: "2") { _ in [] }, "a folder that cannot be listed says nothing of what it holds")
    }

    /// A file that appears between staging and committing (the database transaction runs in
    /// between) is kept, and the staged file stays for a recovery to finish.
    func testCommitKeepsAFileThatAppearedAfterStagingAndTheStagedOne() throws {
        let staged = try writer.stage([document("a.html", "mine")], saleNumber: "1")
        let final = saleFolder("1") + "/a.html"
        try put("theirs", at: final)
        XCTAssertThrowsError(try writer.commit(staged)) { error in
            XCTAssertEqual(error as? QuoteError, QuoteError.fileExists(final))
        }
        XCTAssertEqual(read(final), "theirs")
        XCTAssertEqual(read(staged[0].temporaryURL.path), "mine")
    }

    func testPlaceLinksOnlyOntoAFreeNameAndRemovesTheTemporaryName() throws {
        let temporary = folder.appendingPathComponent("t").path, final = folder.appendingPathComponent("f").path
        try put("bytes", at: temporary)
        XCTAssertEqual(try DocumentWriter.place(temporary, at: final, bytes: Array("bytes".utf8)), .placed)
        XCTAssertNil(read(temporary))
        XCTAssertEqual(read(final), "bytes")

        try put("bytes", at: temporary)
        XCTAssertEqual(try DocumentWriter.place(temporary, at: final, bytes: Array("bytes".utf8)), .alreadyThere)
        XCTAssertNil(read(temporary))

        try put("other", at: temporary)
        XCTAssertEqual(try DocumentWriter.place(temporary, at: final, bytes: Array("other".utf8)), .occupied)
        XCTAssertEqual(read(temporary), "other")
        XCTAssertEqual(read(final), "bytes")

        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("d").path, withIntermediateDirectories: false)
        XCTAssertEqual(try DocumentWriter.place(temporary, at: folder.appendingPathComponent("d").path, bytes: Array("other".utf8)), .occupied)
        XCTAssertThrowsError(try DocumentWriter.place(temporary, at: folder.appendingPathComponent("missing/f").path, bytes: [])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .output)
            XCTAssertTrue("\(error)".contains("cannot move f into place"), "\(error)")
        }
    }

    /// Recovery puts archived leftovers in place, counts one whose bytes are there already as
    /// done, keeps one whose final name holds other bytes (and says so), and removes the rest.
    func testRecoveryNeverReplacesAFile() throws {
        let sale = saleFolder("1")
        func leftover(_ name: String, _ text: String) throws -> URL {
            let url = URL(fileURLWithPath: sale + "/" + DocumentWriter.temporaryName(for: name))
            try put(text, at: url.path)
            return url
        }
        let missing = try leftover("missing.html", "archived")
        let done = try leftover("done.html", "archived")
        try put("archived", at: sale + "/done.html")
        let clash = try leftover("clash.html", "archived")
        try put("changed", at: sale + "/clash.html")
        let stray = try leftover("stray.html", "never archived")
        XCTAssertEqual(Set(writer.leftovers(in: URL(fileURLWithPath: sale))), [missing, done, clash, stray])

        XCTAssertThrowsError(try writer.recover([missing, done, clash, stray]) { _, sha256 in sha256 == SHA256Digest.hex(Array("archived".utf8)) }) { error in
            XCTAssertEqual(error as? QuoteError, QuoteError.fileExists(sale + "/clash.html"))
        }
        XCTAssertEqual(read(sale + "/missing.html"), "archived")
        XCTAssertEqual(read(sale + "/done.html"), "archived")
        XCTAssertEqual(read(sale + "/clash.html"), "changed", "never replaced")
        XCTAssertEqual(writer.leftovers(in: URL(fileURLWithPath: sale)), [clash], "the archived bytes stay until their place is free")
        XCTAssertEqual(read(clash.path), "archived")
    }
}
