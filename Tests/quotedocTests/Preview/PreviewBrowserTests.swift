import Foundation
import XCTest

/// `quotedoc preview` in a real browser: headless Chromium loads a proposal, a saved template
/// shows on the page without the test asking for a reload, a broken template shows its
/// diagnostic in place, and the fixed one brings the page back. The server is the shipped
/// command, on a free port.
final class PreviewBrowserTests: PreviewTestCase {
    /// The text of the document in the page's frame.
    static let documentText = "(function () { const f = document.querySelector('iframe.document'); return f && f.contentDocument && f.contentDocument.body ? f.contentDocument.body.innerText : ''; })()"

    func testSavedTemplatesReloadThePageBrokenOnesShowTheirDiagnosticAndFixedOnesComeBack() async throws {
        let server = try startQuotedoc(["preview", "--templates", templates.path, "--port", "0", "--database", databasePath])
        defer { server.process.terminate(); _ = server.wait() }
        var url: String?
        for _ in 0..<200 where url == nil {
            let printed = (try? String(contentsOf: server.stdoutURL, encoding: .utf8)) ?? ""
            url = printed.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression).map { String(printed[$0]) }
            if url == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let base = try XCTUnwrap(url, "the server printed its URL")
        let browser = try HeadlessChromium()
        defer { browser.stop() }
        let shot = folder.appendingPathComponent("preview.png")
        let templates = self.templates

        try await DevToolsPage.drive(browser.pageSocket) { page in
            try await page.navigate(base + "quotes/11019")
            try await page.wait(until: "\(Self.documentText).includes('Rancho grande')", seconds: 10, "the proposal in the frame")

            try Self.save(templates, "proposal.html", replacing: "{{ labels.greeting }}", with: "Live from the preview,")
            let reloaded = try await page.wait(until: "\(Self.documentText).includes('Live from the preview')", seconds: 5, "the saved template on the page")
            guard reloaded < 1.5 else { throw ToolFailure("the page took \(reloaded) s to show the saved template") }

            try Self.save(templates, "proposal.html", replacing: "{{ company.name }}", with: "{{ company.nmae }}")
            try await page.wait(until: "document.getElementById('diagnostics')", seconds: 5, "the diagnostic in place")
            let diagnostic = try await page.evaluate("document.getElementById('diagnostics').innerText")
            guard diagnostic.range(of: #"proposal\.html:\d+:\d+"#, options: .regularExpression) != nil else {
                throw ToolFailure("no file:line:col in the diagnostic: \(diagnostic)")
            }

            try Self.save(templates, "proposal.html", replacing: "{{ company.nmae }}", with: "{{ company.name }}")
            try await page.wait(until: "\(Self.documentText).includes('Rancho grande')", seconds: 5, "the page back once the file is fixed")
            try await page.screenshot().write(to: shot)
        }
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG screenshot")
        if let keep = ProcessInfo.processInfo.environment["QUOTEDOC_SCREENSHOT"] { try png.write(to: URL(fileURLWithPath: keep)) }
    }

    /// Saves template `name` with `old` replaced, as an editor would; the server's own watcher
    /// must notice (the test never tells it).
    static func save(_ templates: URL, _ name: String, replacing old: String, with new: String) throws {
        let url = templates.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw ToolFailure("\(name) has no '\(old)'") }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }
}
