import Foundation
import QuoteStore
import XCTest

@testable import QuoteDocuments

final class BatchManifestTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func entry(_ quote: String) -> BatchEntry {
        BatchEntry(quote: quote, version: 1, status: .ok, files: [.init(path: "/out/\(quote).html", sha256: String(repeating: "a", count: 64), bytes: 10)], error: nil)
    }

    /// A run stopped mid-line (a full disk, SIGKILL) and resumed: the next entries start lines
    /// of their own, and the cut one is gone.
    func testAppendingAfterACutLineKeepsEveryLineWhole() throws {
        let url = BatchManifest.url(run: "run-test", outputFolder: folder)
        let header = BatchHeader(run: "run-test", started: "2026-11-27T00:00:00Z", formats: ["html"], culture: "en-US", quotes: 3)
        try BatchManifest(url: url, header: header).append([entry("10248")])
        let cut = try FileHandle(forWritingTo: url)
        try cut.seekToEnd()
        try cut.write(contentsOf: Data(#"{"error":"cannot write /out/10249.html: No space le"#.utf8))
        try cut.close()

        try BatchManifest(url: url, header: nil).append([entry("10249"), entry("10250")])

        let read = try BatchManifest.read(url)
        XCTAssertEqual(read.header, header)
        XCTAssertEqual(read.entries, ["10248": entry("10248"), "10249": entry("10249"), "10250": entry("10250")])
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 5, "header, three entries, and the final newline")
        XCTAssertFalse(lines.contains { $0.contains("No space le") })
    }

    func testAWholeManifestIsLeftAsItIs() throws {
        let url = BatchManifest.url(run: "run-whole", outputFolder: folder)
        let header = BatchHeader(run: "run-whole", started: "2026-11-27T00:00:00Z", formats: ["xml"], culture: "en-US", quotes: 1)
        try BatchManifest(url: url, header: header).append([entry("10248")])
        let before = try Data(contentsOf: url)
        _ = try BatchManifest(url: url, header: nil)
        XCTAssertEqual(try Data(contentsOf: url), before)
    }
}
