import Foundation
import Hummingbird
import HummingbirdTesting
import QuoteModel
import QuotePreview
import QuoteStore
import QuoteWorkflow
import XCTest

/// The base of the preview tests: a copy of the demo database and of the repository's
/// templates (so a test may edit them), and the preview site over both, dated today as
/// `quotedoc render` dates a preview.
class PreviewTestCase: LifecycleTestCase {
    var templates: URL { folder.appendingPathComponent("Templates", isDirectory: true) }
    var site: PreviewSite!

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.copyItem(at: Self.templatesFolder, to: templates)
        site = PreviewSite(
            workflow: QuoteWorkflow(storage: try database()), watcher: TemplateWatcher(folder: templates), today: { Self.today }, pdfConverter: nil)
    }

    static var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// GETs `uri` from the preview's router, without a socket.
    func get(_ uri: String) async throws -> (status: Int, body: String, headers: HTTPFields) {
        let application = Application(router: PreviewRouter.make(site: site))
        return try await application.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                (Int(response.status.code), String(buffer: response.body), response.headers)
            }
        }
    }

    /// Replaces `old` with `new` in template file `name` and lets the watcher see it.
    func edit(_ name: String, replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = templates.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(name) has '\(old)'", file: file, line: line)
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        // A modification time can repeat within a clock tick; the size changes with the text.
        XCTAssertTrue(site.watcher.poll() || old.utf8.count == new.utf8.count, "the watcher saw the change", file: file, line: line)
    }

    /// SHA-256 of the database file and of every file below the output folder, to show the
    /// preview changed nothing.
    func fingerprint() throws -> [String: String] {
        var hashes: [String: String] = [:]
        for path in [databasePath, databasePath + "-wal"] where FileManager.default.fileExists(atPath: path) {
            hashes[path] = try Self.sha256(of: URL(fileURLWithPath: path))
        }
        if let walker = FileManager.default.enumerator(atPath: outputFolder.path) {
            while let relative = walker.nextObject() as? String {
                let url = outputFolder.appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    hashes[url.path] = try Self.sha256(of: url)
                }
            }
        }
        return hashes
    }
}
