import Crypto
import Foundation
import QuoteModel
import QuoteStore
import XCTest

/// The base of the lifecycle tests: each test gets its own temporary folder holding a copy of a
/// Northwind demo database (made once per test run by the built `quotedoc init --demo`), and
/// runs the built `quotedoc` executable as a separate process, as a user would.
class LifecycleTestCase: XCTestCase {
    var folder: URL!
    var databasePath: String { folder.appendingPathComponent("quotedoc.sqlite").path }
    var outputFolder: URL { folder.appendingPathComponent("Output", isDirectory: true) }

    /// The repository's Templates folder, found from this file's path.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates", isDirectory: true)

    /// The folder of the build products: on Linux the test executable's folder, which also holds
    /// the `quotedoc` executable.
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        fatalError("no .xctest bundle")
        #else
        return Bundle.main.bundleURL
        #endif
    }

    static var executable: URL { productsDirectory.appendingPathComponent("quotedoc") }

    /// A Northwind demo database made once per test run; tests copy it.
    nonisolated(unsafe) private static var demoTemplate: Result<URL, any Error>?

    static func demoDatabase() throws -> URL {
        if let demoTemplate { return try demoTemplate.get() }
        let result = Result { () throws -> URL in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-demo-template-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("demo.sqlite")
            let run = try ToolRun.run(executable: executable, ["init", "--demo", "--database", path.path], environment: [:])
            guard run.status == 0 else { throw ToolFailure("quotedoc init --demo failed: \(run.stderr)") }
            return path
        }
        demoTemplate = result
        return try result.get()
    }

    /// Without the executable every test fails saying so (never skips): it does not run at all.
    override func invokeTest() {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            XCTFail("these tests run the quotedoc executable, which is not built at \(Self.executable.path): run `swift build --build-tests` before `swift test --skip-build`")
            return
        }
        super.invokeTest()
    }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-life-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = try Self.demoDatabase()
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: template.path + suffix) {
            try FileManager.default.copyItem(atPath: template.path + suffix, toPath: databasePath + suffix)
        }
    }

    override func tearDownWithError() throws {
        guard let folder else { return }
        // Undo any chmod a test made, so the folder can be removed.
        if let enumerator = FileManager.default.enumerator(atPath: folder.path) {
            for case let path as String in enumerator {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent(path).path)
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Running quotedoc

    /// Runs `quotedoc arguments --database <the test's file>` (in `directory` when given) and waits for it.
    @discardableResult
    func quotedoc(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> ToolRun {
        try ToolRun.run(executable: Self.executable, arguments + ["--database", databasePath], environment: environment, in: directory)
    }

    /// Starts `quotedoc` without waiting.
    func startQuotedoc(_ arguments: [String], environment: [String: String] = [:]) throws -> ToolRun.Running {
        try ToolRun.start(executable: Self.executable, arguments + ["--database", databasePath], environment: environment)
    }

    /// The options send and order need: the repository's templates and the test's output folder.
    var documentOptions: [String] { ["--templates", Self.templatesFolder.path, "--out", outputFolder.path] }

    /// Runs `quotedoc arguments` and fails the test unless it exits 0.
    @discardableResult
    func succeed(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> ToolRun {
        let run = try quotedoc(arguments, environment: environment, in: directory)
        XCTAssertEqual(run.status, 0, "quotedoc \(arguments.joined(separator: " ")) failed: \(run.stderr)", file: file, line: line)
        XCTAssertEqual(run.reason, .exit, file: file, line: line)
        return run
    }

    /// Runs `quotedoc arguments` and fails the test unless it exits with `status`; returns the run.
    @discardableResult
    func fail(_ arguments: [String], status: Int32 = 1, environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> ToolRun {
        let run = try quotedoc(arguments, environment: environment)
        XCTAssertEqual(run.reason, .exit, file: file, line: line)
        XCTAssertEqual(run.status, status, "quotedoc \(arguments.joined(separator: " ")): \(run.stdout)\(run.stderr)", file: file, line: line)
        XCTAssertTrue(run.stderr.hasPrefix("Error: "), "the error goes to standard error: \(run.stderr)", file: file, line: line)
        return run
    }

    // MARK: Reading the outcome

    func database() throws -> QuoteDatabase { try QuoteDatabase.open(at: databasePath) }

    func activeVersion(_ quote: String) throws -> QuoteVersion { try database().quote(number: quote).version.version }

    /// The documents archived for the versions of `quote`.
    func documents(ofQuote quote: String) throws -> [Document] {
        let versionIds = Set(try database().versions(quoteNumber: quote).compactMap(\.version.id))
        return try database().documents().filter { versionIds.contains($0.quoteVersionId) }
    }

    /// The folder of a sale's documents.
    func saleFolder(_ sale: String) -> URL { outputFolder.appendingPathComponent(sale, isDirectory: true) }

    /// The file names in a sale's folder (none when it does not exist).
    func files(inSale sale: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: saleFolder(sale).path)) ?? []).sorted()
    }

    func temporaryFiles(inSale sale: String) -> [String] {
        files(inSale: sale).filter { $0.hasPrefix(".quotedoc-tmp-") }
    }

    static func sha256(of url: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: url)).map { String(format: "%02x", $0) }.joined()
    }

    /// Asserts that every document of `record` exists on disk with the recorded SHA-256 and size.
    func assertDocumentsOnDisk(_ documents: [Document], file: StaticString = #filePath, line: UInt = #line) {
        for document in documents {
            let url = URL(fileURLWithPath: document.path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                XCTFail("archived document \(document.path) is missing", file: file, line: line)
                continue
            }
            XCTAssertEqual(try Self.sha256(of: url), document.sha256, "SHA-256 of \(document.path)", file: file, line: line)
            XCTAssertEqual(Int64((try? Data(contentsOf: url))?.count ?? -1), document.byteSize, "size of \(document.path)", file: file, line: line)
        }
    }
}

/// A finished run of the quotedoc executable.
struct ToolRun {
    let status: Int32
    let reason: Process.TerminationReason
    let stdout: String
    let stderr: String

    /// A started run; `wait()` collects it.
    final class Running {
        let process: Process
        let stdoutURL: URL
        let stderrURL: URL

        init(process: Process, stdoutURL: URL, stderrURL: URL) {
            self.process = process
            self.stdoutURL = stdoutURL
            self.stderrURL = stderrURL
        }

        func wait() -> ToolRun {
            process.waitUntilExit()
            let run = ToolRun(
                status: process.terminationStatus, reason: process.terminationReason,
                stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "")
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
            return run
        }
    }

    /// The environment the tool runs in: this process's, without any QUOTEDOC_ variable, plus
    /// `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("QUOTEDOC_") }
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func start(executable: URL, _ arguments: [String], environment: [String: String], in directory: URL? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        process.environment = Self.environment(environment)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-run-\(UUID().uuidString)")
        let stdoutURL = base.appendingPathExtension("out")
        let stderrURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, stdoutURL: stdoutURL, stderrURL: stderrURL)
    }

    static func run(executable: URL, _ arguments: [String], environment: [String: String], in directory: URL? = nil) throws -> ToolRun {
        try start(executable: executable, arguments, environment: environment, in: directory).wait()
    }

    /// True when the process was killed by SIGKILL.
    var wasKilled: Bool { reason == .uncaughtSignal && status == SIGKILL }
}

struct ToolFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
