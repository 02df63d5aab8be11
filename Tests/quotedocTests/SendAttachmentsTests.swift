import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import XCTest

/// `send --email` writes an RFC 5322 message carrying the documents; `send --pdf` adds a PDF made
/// by an installed converter. Both are archived with the send like the other documents.
final class SendAttachmentsTests: LifecycleTestCase {
    func testEmailCarriesTheProposalAndIsArchived() throws {
        let run = try succeed(["send", "11019", "--email"] + documentOptions)
        XCTAssertTrue(run.stdout.contains("EML"), run.stdout)
        let sale = try database().quote(number: "11019").sale.number
        let folder = outputFolder.appendingPathComponent(sale)
        let message = try String(contentsOf: folder.appendingPathComponent("11019-v1-proposal.eml"), encoding: .utf8)
        XCTAssertTrue(message.hasPrefix("From: "), String(message.prefix(200)))
        XCTAssertTrue(message.contains("\r\nMIME-Version: 1.0\r\n"))
        XCTAssertTrue(message.contains("Content-Disposition: attachment; filename=\"11019-v1-proposal.html\""))
        // The attachment decodes to exactly the archived HTML.
        let boundary = try XCTUnwrap(message.components(separatedBy: "boundary=\"").last?.components(separatedBy: "\"").first)
        let parts = message.components(separatedBy: "--\(boundary)")
        let attachment = try XCTUnwrap(parts.first { $0.contains("filename=\"11019-v1-proposal.html\"") })
        let base64 = attachment.components(separatedBy: "\r\n\r\n").dropFirst().joined().replacingOccurrences(of: "\r\n", with: "")
        let decoded = try XCTUnwrap(Data(base64Encoded: base64))
        XCTAssertEqual(decoded, try Data(contentsOf: folder.appendingPathComponent("11019-v1-proposal.html")))
        let archived = try documents(ofQuote: "11019").map(\.format)
        XCTAssertEqual(Set(archived), [.html, .xml, .eml])
        try succeed(["document", "verify"])
    }

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
