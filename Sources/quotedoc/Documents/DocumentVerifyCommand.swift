import ArgumentParser
import Foundation
import QuoteWorkflow
import StorageInterface

/// `quotedoc document verify`: checks the database file, recomputes the hash chains of the
/// history (sale activities, archived documents, state changes), re-hashes every archived
/// document's file, and reports each problem; exits 1 if there is any.
struct DocumentVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the database file, the history's hash chains, and that every archived document's file exists with the SHA-256 recorded when it was archived.",
        discussion: """
            Exits 1 when a file is missing or changed, or a row of the history was changed, deleted or inserted \
            out of order behind quotedoc's back (which takes dropping the database's triggers), naming each one. \
            It prints the head of each chain: note them down and pass them back later with --expect-head to \
            catch what a chain alone cannot show (its last rows deleted, or every hash recomputed).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The folder a relative document path is read from (default: ./Output).", valueName: "dir"))
    var out: String = "Output"

    @Option(help: ArgumentHelp("A chain head noted down from an earlier verify, TABLE:ID:SHA256; repeat for each chain.", valueName: "head"))
    var expectHead: [AuditChainHead] = []

    func run() throws {
        let report = try global.workflow().verifyArchive(outputFolder: URL(fileURLWithPath: out, isDirectory: true), notedHeads: expectHead)
        let failed = report.failures
        let tampered = report.auditTrail.problems
        try output.emit(report) {
            var lines = failed.map { "\($0.outcome.rawValue.uppercased())  \($0.path)  (\($0.problem ?? ""))" }
            lines += tampered.map { "TAMPERED  \($0)" }
            lines.append(failed.isEmpty
                ? "Verified \(report.documents) archived document\(report.documents == 1 ? "" : "s"): every file is present with its recorded SHA-256."
                : "\(failed.count) of \(report.documents) archived documents are missing or changed.")
            lines.append(tampered.isEmpty
                ? "The history holds: no sale activity, document or state change was changed, deleted or inserted out of order."
                : "The history was changed behind quotedoc's back: \(tampered.count) problem\(tampered.count == 1 ? "" : "s").")
            let heads = report.auditTrail.heads.filter { $0.lastRowId != nil }.map(\.argument)
            if !heads.isEmpty { lines.append("Chain heads (note them down; check them later with --expect-head): " + heads.joined(separator: " ")) }
            return lines.joined(separator: "\n")
        }
        var problems: [String] = []
        if !failed.isEmpty {
            problems.append("\(failed.count) archived document\(failed.count == 1 ? " is" : "s are") missing or changed: " + failed.map(\.path).joined(separator: ", "))
        }
        if !tampered.isEmpty {
            problems.append("the history was changed: " + tampered.map(\.description).joined(separator: "; "))
        }
        if !problems.isEmpty { throw CommandFailure(problems.joined(separator: "; ")) }
    }
}
