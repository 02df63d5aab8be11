import XCTest
@testable import QuoteModel

/// What an attachment may be: a non-empty file of at most 10 MiB with a name that is one safe path
/// component, unique in its version, on a version that can still be edited.
final class AttachmentRulesTests: XCTestCase {
    func testANameIsOneSafePathComponent() {
        for name in ["", " ", ".", "..", ".hidden", "a/b.pdf", "a\\b.pdf", "tab\there", String(repeating: "x", count: 201)] {
            XCTAssertThrowsError(try AttachmentRules.checkName(name), name)
        }
        for name in ["terms.pdf", "Villkor för leverans.pdf", "data sheet (v2).xlsx"] {
            XCTAssertNoThrow(try AttachmentRules.checkName(name), name)
        }
    }

    func testSizeEmptinessAndDuplicates() {
        XCTAssertThrowsError(try AttachmentRules.check(fileName: "a.txt", bytes: [], existing: []))
        XCTAssertThrowsError(try AttachmentRules.check(fileName: "a.txt", bytes: Array(repeating: 0, count: AttachmentRules.maximumByteCount + 1), existing: []))
        XCTAssertNoThrow(try AttachmentRules.check(fileName: "a.txt", bytes: Array(repeating: 0, count: AttachmentRules.maximumByteCount), existing: []))
        XCTAssertThrowsError(try AttachmentRules.check(fileName: "a.txt", bytes: [1], existing: ["a.txt"])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
    }

    func testOnlyAnEditableVersionChangesItsAttachments() {
        var version = QuoteVersion(quoteId: 1)
        XCTAssertNoThrow(try AttachmentRules.checkEditable(version, quoteNumber: "Q1"))
        version.state = .sent
        XCTAssertThrowsError(try AttachmentRules.checkEditable(version, quoteNumber: "Q1")) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .newVersion)
        }
    }

    func testMediaTypeByExtension() {
        XCTAssertEqual(AttachmentRules.mediaType(forFileName: "Terms.PDF"), "application/pdf")
        XCTAssertEqual(AttachmentRules.mediaType(forFileName: "sheet.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        XCTAssertEqual(AttachmentRules.mediaType(forFileName: "README"), "application/octet-stream")
    }
}
