import Crypto
import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// A batch killed halfway (SIGKILL) and resumed ends with exactly one file per confirmation,
/// every hash matching, no temporary file, and nothing archived twice.
final class BatchKillTests: LifecycleTestCase {
    func manifestURL() -> URL? {
        let folder = outputFolder.appendingPathComponent("batches")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.first.map { folder.appendingPathComponent($0) }
    }

    func testABatchKilledHalfwayAndResumedWritesEachConfirmationExactlyOnce() throws {
        let running = try startQuotedoc(["batch", "confirmations", "--jobs", "2", "--quiet"] + documentOptions)
        // Kill it once its manifest holds at least one page of work.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, running.process.isRunning {
            if let url = manifestURL(), let text = try? String(contentsOf: url, encoding: .utf8), text.split(separator: "\n").count > 1 { break }
            usleep(10_000)
        }
        XCTAssertTrue(running.process.isRunning, "the batch finished before it could be killed: the test would check nothing")
        kill(running.process.processIdentifier, SIGKILL)
        let first = running.wait()
        XCTAssertTrue(first.wasKilled, "the batch ended by itself (\(first.reason), status \(first.status)): \(first.stderr)")

        let manifest = try XCTUnwrap(manifestURL())
        let run = manifest.deletingPathExtension().lastPathComponent
        let doneBefore = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").count - 1
        XCTAssertLessThan(doneBefore, 809, "the run was killed before it finished")

        let resumed = try succeed(["batch", "confirmations", "--resume", run, "--quiet"] + documentOptions)
        XCTAssertTrue(resumed.stdout.contains("0 failed"), resumed.stdout)
        XCTAssertNotNil(resumed.stdout.firstMatch(of: /\d+\.\d MiB written/), "sizes in mebibytes, said so: \(resumed.stdout)")

        // Exactly one HTML and one XML file per confirmation, no leftovers, hashes as archived.
        let files = (FileManager.default.enumerator(at: outputFolder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { !$0.hasDirectoryPath && !$0.path.contains("/batches/") }
        XCTAssertEqual(files.filter { $0.lastPathComponent.hasPrefix(".quotedoc-tmp-") }, [])
        XCTAssertEqual(files.count, 1618)
        let documents = try database().documents().filter { $0.kind == .orderConfirmation }
        XCTAssertEqual(documents.count, 1618, "each confirmation file archived exactly once")
        for document in documents {
            let data = try XCTUnwrap(FileManager.default.contents(atPath: document.path), document.path)
            XCTAssertEqual(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined(), document.sha256, document.path)
        }
        let issued = try database().activities().filter { $0.activity.kind == .confirmationIssued }
        XCTAssertEqual(issued.count, 809, "one activity per version, the first time its confirmation is produced")
    }
}
