import QuoteModel
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
}
