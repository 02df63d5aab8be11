import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow
import XCTest

/// A preview renders exactly what sending would write the same day with the same options.
final class PreviewTests: WorkflowTestCase {
    func testAPreviewOfADraftIsByteIdenticalToWhatSendWritesTheSameDay() throws {
        try addWidgets()
        let previewOutput = DocumentOutput(
            renderer: try output().renderer, writer: DocumentWriter(outputFolder: folder.appendingPathComponent("Preview", isDirectory: true)))
        let previewed = try workflow.preview(
            quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html, .xml], validDays: 14, today: today), output: previewOutput)
        let sent = try workflow.send(quoteNumber: "S1", options: .init(validDays: 14, acting: acting()), output: try output())
        XCTAssertEqual(previewed.count, 2)
        XCTAssertEqual(sent.files.count, 2)
        for (preview, file) in zip(previewed, sent.files) {
            XCTAssertEqual(preview.url.lastPathComponent, file.lastPathComponent)
            XCTAssertEqual(try Data(contentsOf: preview.url), try Data(contentsOf: file), file.lastPathComponent)
        }
        let html = try String(contentsOf: previewed[0].url, encoding: .utf8)
        XCTAssertTrue(html.contains("March 24, 2026") || html.contains("3/24/2026"), "the preview shows the validity date")
    }

    func testAPreviewRecordsNothing() throws {
        try addWidgets()
        _ = try workflow.preview(quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html], today: today), output: try output())
        XCTAssertEqual(try workflow.quote(number: "S1").version.version.state, .draft)
        XCTAssertEqual(try workflow.activities().count, 0)
        XCTAssertEqual(try storage.snapshot { try $0.documents() }.count, 0)
    }

    func testAPreviewNeverReplacesAnArchivedDocument() throws {
        try addWidgets()
        let sent = try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        let archived = try Data(contentsOf: sent.files[0])
        XCTAssertThrowsError(try workflow.preview(
            quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html], culture: "sv-SE", today: today), output: try output())) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .output)
        }
        XCTAssertEqual(try Data(contentsOf: sent.files[0]), archived)
    }

    func testAPreviewReplacesAnEarlierPreview() throws {
        try addWidgets()
        let english = try workflow.preview(quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html], today: today), output: try output())
        let swedish = try workflow.preview(
            quoteNumber: "S1", options: .init(kind: .proposal, formats: [.html], culture: "sv-SE", today: today), output: try output())
        XCTAssertEqual(english[0].url, swedish[0].url)
        XCTAssertEqual(try Data(contentsOf: swedish[0].url), Data(swedish[0].document.bytes))
        XCTAssertNotEqual(english[0].document.bytes, swedish[0].document.bytes)
    }
}
