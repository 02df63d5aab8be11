import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// Sending into a folder that cannot be written fails cleanly and changes nothing.
final class OutputFailureTests: LifecycleTestCase {
    private let quote = "11077"

    /// A folder under which nothing can be created: a read-only folder, or — when running as
    /// root, where permissions do not stop writes — a path below a regular file.
    private func unwritableOutputFolder() throws -> URL {
        let readOnly = folder.appendingPathComponent("read-only", isDirectory: true)
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        let probe = readOnly.appendingPathComponent("probe")
        if FileManager.default.createFile(atPath: probe.path, contents: Data()) {
            try? FileManager.default.removeItem(at: probe)
            let file = folder.appendingPathComponent("a-file")
            try Data("not a folder".utf8).write(to: file)
            return file.appendingPathComponent("out", isDirectory: true)
        }
        return readOnly
    }

    func testSendIntoAnUnwritableFolderFailsWithAClearErrorAndLeavesTheDatabaseUnchanged() throws {
        let out = try unwritableOutputFolder()
        let before = try database().quote(number: quote)
        let run = try fail(["send", quote, "--templates", Self.templatesFolder.path, "--out", out.path])
        XCTAssertTrue(run.stderr.contains("cannot create the output folder") || run.stderr.contains("cannot write"), run.stderr)
        XCTAssertTrue(run.stderr.contains(out.path), "the message names the folder: \(run.stderr)")
        XCTAssertEqual(try database().quote(number: quote), before, "the version is still unsent")
        XCTAssertEqual(try database().activities(quoteNumber: quote).count, 0, "no activity")
        XCTAssertEqual(try documents(ofQuote: quote).count, 0, "no document rows")
        XCTAssertEqual(FileManager.default.enumerator(atPath: folder.appendingPathComponent("read-only").path)?.allObjects.count ?? 0, 0)
    }

    func testOrderIntoAnUnwritableFolderFailsWithAClearErrorAndLeavesTheDatabaseUnchanged() throws {
        try succeed(["send", quote] + documentOptions)
        let out = try unwritableOutputFolder()
        let before = try database().quote(number: quote)
        let run = try fail(["order", quote, "--alternative", "Standard", "--templates", Self.templatesFolder.path, "--out", out.path])
        XCTAssertTrue(run.stderr.contains("cannot create the output folder") || run.stderr.contains("cannot write"), run.stderr)
        XCTAssertEqual(try database().quote(number: quote), before, "not ordered")
        XCTAssertEqual(try database().activities(quoteNumber: quote).map(\.activity.kind), [.quoteSent])
    }
}
