import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import XCTest

/// `send --pdf` adds a PDF made by an installed converter, archived with the send like the other
/// documents (the e-mail that carries them all: ``EmailCommandTests``).
final class SendAttachmentsTests: LifecycleTestCase {
    /// WeasyPrint is installed by `.ci/run`; without it this test fails rather than skips.
    func testPDFIsMadeByTheInstalledConverterAndArchived() throws {
        let converter = try XCTUnwrap(PDFConverter.find(), "no PDF converter on the PATH: install WeasyPrint (`pip install weasyprint==70.0`, as .ci/run does)")
        XCTAssertEqual(converter.tool, .weasyprint)
        try succeed(["send", "11019", "--pdf"] + documentOptions)
        let pdf = try XCTUnwrap(try documents(ofQuote: "11019").first { $0.format == .pdf })
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: pdf.path))
        XCTAssertTrue(bytes.starts(with: Data("%PDF".utf8)))
        try succeed(["document", "verify"])
    }

    func testPDFWithoutAConverterIsAClearErrorAndChangesNothing() throws {
        let run = try fail(["send", "11019", "--pdf"] + documentOptions, environment: ["PATH": "/nonexistent"])
        XCTAssertTrue(run.stderr.contains("--pdf needs WeasyPrint"), run.stderr)
        XCTAssertEqual(try activeVersion("11019").state, .draft, "nothing changed")
    }
}
