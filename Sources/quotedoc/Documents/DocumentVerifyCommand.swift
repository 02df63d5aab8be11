import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore

/// `quotedoc document verify`: re-hashes every archived document's file and reports each one
/// that is missing or whose bytes changed; exits 1 if there is any.
struct DocumentVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the database file, then that every archived document's file exists with the SHA-256 recorded when it was archived.",
        discussion: "Exits 1 when a file is missing or changed, naming each one.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The folder a relative document path is read from (default: ./Output).", valueName: "dir"))
    var out: String = "Output"

    /// What was found for one document.
    enum Outcome: String, Encodable {
        case ok, missing, changed, unreadable
    }

    /// One document checked.
    struct Check: Encodable {
        let documentId: Int64?
        let activityId: Int64?
        let kind: DocumentKind
        let format: DocumentFormat
        let path: String
        let outcome: Outcome
        let expectedSHA256: String
        let expectedByteSize: Int64
        let actualSHA256: String?
        let actualByteSize: Int64?
        let problem: String?
    }

    /// The report `--json` prints.
    struct Report: Encodable {
        let documents: Int
        let failed: Int
        let checks: [Check]
    }

    func run() throws {
        let database = try global.openDatabase()
        // The archive's own file first: SQLite's check of every page.
        try database.verifyIntegrity()
        let documents = try database.documents()
        let checks = documents.map(check)
        let failed = checks.filter { $0.outcome != .ok }
        try output.emit(Report(documents: checks.count, failed: failed.count, checks: checks)) {
            var lines = failed.map { "\($0.outcome.rawValue.uppercased())  \($0.path)  (\($0.problem ?? ""))" }
            lines.append(failed.isEmpty
                ? "Verified \(checks.count) archived document\(checks.count == 1 ? "" : "s"): every file is present with its recorded SHA-256."
                : "\(failed.count) of \(checks.count) archived documents are missing or changed.")
            return lines.joined(separator: "\n")
        }
        if !failed.isEmpty {
            throw CommandFailure("\(failed.count) archived document\(failed.count == 1 ? " is" : "s are") missing or changed: "
                + failed.map(\.path).joined(separator: ", "))
        }
    }

    /// Re-hashes one document's file.
    func check(_ document: Document) -> Check {
        let url = document.path.hasPrefix("/")
            ? URL(fileURLWithPath: document.path)
            : URL(fileURLWithPath: out, isDirectory: true).appendingPathComponent(document.path)
        func result(_ outcome: Outcome, sha256: String? = nil, size: Int64? = nil, problem: String? = nil) -> Check {
            Check(documentId: document.id, activityId: document.activityId, kind: document.kind, format: document.format, path: url.path,
                  outcome: outcome, expectedSHA256: document.sha256, expectedByteSize: document.byteSize, actualSHA256: sha256,
                  actualByteSize: size, problem: problem)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            return result(.missing, problem: "document \(document.id ?? 0): no file")
        }
        guard let (sha256, size) = SHA256Digest.hex(ofFile: url) else {
            return result(.unreadable, problem: "document \(document.id ?? 0): the file cannot be read")
        }
        guard sha256 == document.sha256.lowercased(), size == document.byteSize else {
            return result(.changed, sha256: sha256, size: size,
                          problem: "document \(document.id ?? 0): sha256 \(sha256), \(size) bytes; archived sha256 \(document.sha256), \(document.byteSize) bytes")
        }
        return result(.ok, sha256: sha256, size: size)
    }
}
