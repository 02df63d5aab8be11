import Foundation
import QuoteDocuments
import QuotePreview
import XCTest

/// `quotedoc preview` as a command: loopback by default, a warning for anything else, and the
/// PDF view when a converter is installed.
final class PreviewCommandTests: PreviewTestCase {
    /// Starts the preview with `arguments`, waits for the line naming its URL, stops it, and
    /// returns what it printed.
    func startAndStop(_ arguments: [String]) async throws -> ToolRun {
        let server = try startQuotedoc(["preview", "--templates", templates.path, "--port", "0"] + arguments)
        for _ in 0..<200 {
            if let printed = try? String(contentsOf: server.stdoutURL, encoding: .utf8), printed.contains("Previewing templates") { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.process.terminate()
        return server.wait()
    }

    func testThePreviewListensOnLoopbackUnlessAnotherHostIsGivenWithAWarning() async throws {
        let local = try await startAndStop([])
        XCTAssertNotNil(local.stdout.range(of: #"at http://127\.0\.0\.1:\d+/ \(Ctrl-C stops\)"#, options: .regularExpression), local.stdout)
        XCTAssertFalse(local.stderr.contains("Warning"), local.stderr)
        let everywhere = try await startAndStop(["--host", "0.0.0.0"])
        XCTAssertTrue(everywhere.stderr.contains("Warning: listening on 0.0.0.0: anyone who can reach this machine can read every quote"), everywhere.stderr)
        XCTAssertTrue(PreviewConfiguration.isLoopback("::1") && PreviewConfiguration.isLoopback("localhost") && !PreviewConfiguration.isLoopback("10.0.0.5"))
    }

    func testThePDFViewIsThePDFOfTheProposalWhenAConverterIsInstalled() async throws {
        let converter = try XCTUnwrap(PDFConverter.find(), "WeasyPrint (installed by .ci/run) or Chromium")
        site = PreviewSite(workflow: site.workflow, watcher: site.watcher, today: site.today, pdfConverter: converter)
        let page = try await get("/quotes/11019")
        XCTAssertTrue(page.body.contains("/quotes/11019/document.pdf"), "the page links the PDF")
        let pdf = try await get("/quotes/11019/document.pdf")
        XCTAssertEqual(pdf.status, 200)
        XCTAssertEqual(pdf.headers[.contentType], "application/pdf")
        XCTAssertTrue(pdf.body.hasPrefix("%PDF-"))
    }
}
