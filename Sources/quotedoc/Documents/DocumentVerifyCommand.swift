import ArgumentParser
import Foundation
import QuoteWorkflow

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

    func run() throws {
        let report = try global.workflow().verifyArchive(outputFolder: URL(fileURLWithPath: out, isDirectory: true))
        let failed = report.failures
        try output.emit(report) {
            var lines = failed.map { "\($0.outcome.rawValue.uppercased())  \($0.path)  (\($0.problem ?? ""))" }
            lines.append(failed.isEmpty
                ? "Verified \(report.documents) archived document\(report.documents == 1 ? "" : "s"): every file is present with its recorded SHA-256."
                : "\(failed.count) of \(report.documents) archived documents are missing or changed.")
            return lines.joined(separator: "\n")
        }
        if !failed.isEmpty {
            throw CommandFailure("\(failed.count) archived document\(failed.count == 1 ? " is" : "s are") missing or changed: "
                + failed.map(\.path).joined(separator: ", "))
        }
    }
}
