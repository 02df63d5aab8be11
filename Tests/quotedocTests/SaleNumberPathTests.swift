import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// Sale and quote numbers that a lossy file name would join (`a/b`, `a_b`, `a%2Fb`) get folders
/// and files of their own, and a send never replaces a file it did not write.
final class SaleNumberPathTests: LifecycleTestCase {
    /// Adds sale `number` for ALFKI with a quote of the same number holding one product line.
    private func draftQuote(_ number: String) throws {
        try succeed(["sale", "add", "--number", number, "--title", "Sale \(number)", "--company", "ALFKI", "--owner", "afuller"])
        try succeed(["quote", "new", "--sale", number])
        try succeed(["line", "add", number, "--product", "1", "--quantity", "\(number.utf8.count)"])
    }

    func testQuotesOnSalesWhoseNumbersDifferOnlyInPunctuationAreArchivedInFilesOfTheirOwn() throws {
        let numbers = ["a/b", "a_b", "a%2Fb"]
        for number in numbers {
            try draftQuote(number)
            try succeed(["send", number] + documentOptions)
        }
        var paths: Set<String> = []
        var hashes: Set<String> = []
        for number in numbers {
            let archived = try documents(ofQuote: number)
            XCTAssertEqual(Set(archived.map(\.format)), [.html, .xml], number)
            assertDocumentsOnDisk(archived)
            for document in archived {
                XCTAssertTrue(document.path.hasPrefix(outputFolder.path + "/"), document.path)
                paths.insert(document.path)
                hashes.insert(document.sha256)
            }
        }
        XCTAssertEqual(paths.count, 6, "every document has a path of its own: \(paths.sorted())")
        XCTAssertEqual(hashes.count, 6, "every document kept its own bytes")
        XCTAssertEqual(
            Set(try FileManager.default.contentsOfDirectory(atPath: outputFolder.path)), ["a%2Fb", "a_b", "a%252Fb"],
            "one folder per sale, the numbers escaped reversibly")
        try succeed(["document", "verify"])
    }

    func testASendWhoseFileNameIsTakenByOtherBytesChangesNothing() throws {
        try draftQuote("a/b")
        let folder = outputFolder.appendingPathComponent("a%2Fb", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let taken = folder.appendingPathComponent("a%2Fb-v1-proposal.html")
        try Data("someone else's file".utf8).write(to: taken)

        let run = try fail(["send", "a/b"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("\(taken.path) exists already with other content and is never replaced"), run.stderr)
        XCTAssertEqual(try String(contentsOf: taken, encoding: .utf8), "someone else's file")
        XCTAssertEqual(try activeVersion("a/b").state, .draft, "nothing was recorded")
        XCTAssertEqual(try documents(ofQuote: "a/b"), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a%2Fb-v1-proposal.html"], "nothing was written")
    }
}
