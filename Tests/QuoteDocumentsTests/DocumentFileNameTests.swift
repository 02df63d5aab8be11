import Foundation
import QuoteModel
import Synchronization
import XCTest

@testable import QuoteDocuments

final class DocumentFileNameTests: XCTestCase {
    func testNameSaysQuoteVersionAndKind() {
        XCTAssertEqual(DocumentFileName(quoteNumber: "10248", versionRank: 2, kind: .orderConfirmation, format: .xml).description, "10248-v2-order-confirmation.xml")
        XCTAssertEqual(DocumentFileName(quoteNumber: "Q-7", versionRank: 1, kind: .proposal, format: .html).description, "Q-7-v1-proposal.html")
        XCTAssertEqual(DocumentFileName(quoteNumber: "a/b", versionRank: 1, kind: .proposal, format: .html).description, "a%2Fb-v1-proposal.html")
    }

    /// The longest name a document gets — a hashed quote number, the largest version, a re-issue
    /// — still fits one path component (255 bytes) as a temporary file.
    func testTheLongestTemporaryNameFitsOnePathComponent() {
        let name = DocumentFileName(quoteNumber: String(repeating: "ä", count: 300), versionRank: .max, kind: .orderConfirmation, format: .html).description
        let document = RenderedDocument(
            kind: .orderConfirmation, format: .html, fileName: name, bytes: [1], sha256: String(repeating: "f", count: 64),
            templateName: "t", templateHash: "h", engineVersion: "e")
        let temporary = DocumentWriter.temporaryName(for: document.reissueName)
        XCTAssertLessThanOrEqual(temporary.utf8.count, 255, temporary)
        XCTAssertTrue(document.reissueName.hasSuffix("-v\(Int.max)-order-confirmation-reissue-ffffffff.html"), document.reissueName)
    }

    /// Temporary names drawn on several threads at once are all different, and each carries a
    /// 36-character token in the shape of a UUID, so a recovery finds the final name in it.
    func testTemporaryNamesAreUniqueAndGiveBackTheirFinalName() {
        let names = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let drawn = (0..<2_500).map { _ in DocumentWriter.temporaryName(for: "10248-v1-order-confirmation.xml") }
            names.withLock { $0 += drawn }
        }
        let all = names.withLock { $0 }
        XCTAssertEqual(Set(all).count, 10_000)
        let writer = DocumentWriter(outputFolder: URL(fileURLWithPath: "/out"))
        for name in all.prefix(3) + all.suffix(3) {
            let token = Array(name.dropFirst(DocumentWriter.temporaryPrefix.count).prefix(36))
            XCTAssertEqual(token.indices.filter { token[$0] == "-" }, [8, 13, 18, 23], name)
            XCTAssertTrue(token.allSatisfy { $0 == "-" || $0.isHexDigit }, name)
            XCTAssertEqual(writer.finalURL(ofLeftover: URL(fileURLWithPath: "/out/1/" + name))?.path, "/out/1/10248-v1-order-confirmation.xml")
        }
    }
}
