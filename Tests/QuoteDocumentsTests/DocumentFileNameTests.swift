import QuoteModel
import XCTest

@testable import QuoteDocuments

final class DocumentFileNameTests: XCTestCase {
    func testNameSaysQuoteVersionAndKind() {
        XCTAssertEqual(DocumentFileName(quoteNumber: "10248", versionRank: 2, kind: .orderConfirmation, format: .xml).description, "10248-v2-order-confirmation.xml")
        XCTAssertEqual(DocumentFileName(quoteNumber: "Q-7", versionRank: 1, kind: .proposal, format: .html).description, "Q-7-v1-proposal.html")
    }

    func testDataCannotEscapeTheOutputFolder() {
        for hostile in ["../../etc/passwd", "/abs/path", "..", ".", "a/b\\c", "x\0y", "näme", ""] {
            let component = DocumentFileName.component(hostile)
            XCTAssertFalse(component.contains("/"), hostile)
            XCTAssertFalse(component.contains("\\"), hostile)
            XCTAssertFalse(component.contains("\0"), hostile)
            XCTAssertFalse(component.contains("."), hostile)
            XCTAssertFalse(component.isEmpty, hostile)
        }
        XCTAssertEqual(DocumentFileName.component("../x"), "___x")
    }
}
