import Foundation
import XCTest

@testable import QuoteDocuments

final class DocumentWriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Far more entries than one `getdents64` read holds, so the listing takes several reads.
    func testLeftoversAreFoundAmongManyFilesAndOnlyThem() throws {
        let writer = DocumentWriter(outputFolder: folder)
        var expected: [String] = []
        for index in 0..<300 {
            let document = "\(10_000 + index)-v1-order-confirmation.html"
            try Data("done".utf8).write(to: folder.appendingPathComponent(document))
            if index % 7 == 0 {
                let leftover = DocumentWriter.temporaryName(for: document)
                try Data("partial".utf8).write(to: folder.appendingPathComponent(leftover))
                expected.append(leftover)
            }
        }
        // A name that is only the prefix is not a leftover of any document.
        try Data().write(to: folder.appendingPathComponent(DocumentWriter.temporaryPrefix))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)

        XCTAssertEqual(writer.leftoverNames(inFolder: folder.path), expected.sorted())
        XCTAssertEqual(writer.leftovers(in: folder).map(\.lastPathComponent), expected.sorted())
    }

    func testNoLeftoversInAnEmptyOrMissingFolder() {
        let writer = DocumentWriter(outputFolder: folder)
        XCTAssertEqual(writer.leftoverNames(inFolder: folder.path), [])
        XCTAssertEqual(writer.leftoverNames(inFolder: folder.appendingPathComponent("missing").path), [])
    }
}
