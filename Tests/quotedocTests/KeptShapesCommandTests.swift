import Foundation
import XCTest

@testable import quotedoc

/// `send` keeping the shapes of valid UBL documents in `$QUOTEDOC_CACHE` between runs.
final class KeptShapesCommandTests: LifecycleTestCase {
    func testSendKeepsShapesWithoutTheQuotesTextAndStillRejectsAnInvalidDocument() throws {
        let cache = folder.appendingPathComponent("cache", isDirectory: true)
        let environment = ["QUOTEDOC_CACHE": cache.path]
        try succeed(["send", "11058"] + documentOptions, environment: environment)
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        XCTAssertEqual(kept.count, 1, "\(kept)")
        let file = try XCTUnwrap(kept.first)
        XCTAssertTrue(file.hasPrefix("UBL-Quotation-2.1-") && file.hasSuffix(".shapes"), file)
        let bytes = try Data(contentsOf: cache.appendingPathComponent(file))
        XCTAssertNil(bytes.range(of: Data("Blauer See".utf8)), "the customer's name is not kept")

        // A template that makes an invalid Quotation: refused with the schema's message, shapes kept or not.
        let templates = folder.appendingPathComponent("Templates", isDirectory: true)
        try FileManager.default.copyItem(at: Self.templatesFolder, to: templates)
        let proposal = templates.appendingPathComponent("proposal.xml")
        let text = try String(contentsOf: proposal, encoding: .utf8)
        try text.replacingOccurrences(of: "<cbc:UBLVersionID>2.1</cbc:UBLVersionID>", with: "<cbc:UBLVersionID>2.1</cbc:UBLVersionID><cbc:Bogus/>")
            .write(to: proposal, atomically: true, encoding: .utf8)
        let refused = try fail(["send", "11061", "--templates", templates.path, "--out", outputFolder.path], environment: environment)
        XCTAssertTrue(refused.stderr.contains("UBL 2.1 rejects") && refused.stderr.contains("Bogus"), refused.stderr)
        XCTAssertEqual(try activeVersion("11061").state, .draft)

        // The next send is decided from the kept shapes where it can, and its documents are written.
        try succeed(["send", "11061"] + documentOptions, environment: environment)
        XCTAssertEqual(try activeVersion("11061").state, .sent)
    }

    func testTheCacheFolderComesFromQuotedocCacheThenXDGThenHome() {
        XCTAssertEqual(CacheFolder.url(environment: ["QUOTEDOC_CACHE": "/srv/cache", "XDG_CACHE_HOME": "/x", "HOME": "/home/ann"])?.path, "/srv/cache")
        XCTAssertEqual(CacheFolder.url(environment: ["QUOTEDOC_CACHE": "", "XDG_CACHE_HOME": "/x", "HOME": "/home/ann"])?.path, "/x/quotedoc")
        XCTAssertEqual(CacheFolder.url(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/ann"])?.path, "/home/ann/.cache/quotedoc",
                       "a relative XDG_CACHE_HOME is ignored, as the XDG specification says")
        XCTAssertNil(CacheFolder.url(environment: [:]))
    }
}
