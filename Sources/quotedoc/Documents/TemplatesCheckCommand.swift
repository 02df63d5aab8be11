import ArgumentParser
import Foundation
import QuoteDocuments
import TemplateEngine

/// `quotedoc templates check`: compiles templates against the document contract and prints
/// every problem with file:line:col.
struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compile templates against the data contract; print every problem; exit 1 on any error.")

    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Template files (default: the standard templates, the Peppol order agreement's too).")
    var paths: [String] = []

    func run() throws {
        let library = try folders.library()
        let names = paths.isEmpty
            ? ["proposal.html", "order-confirmation.html", "proposal.xml", "order-confirmation.xml", DocumentRenderer.peppolConfirmationTemplate] : paths
        // Templates share layouts and partials: a problem in one is reported once, not per template.
        let diagnostics = names.flatMap { library.check($0) }.distinctProblems()
        try output.emit(diagnostics) {
            diagnostics.isEmpty ? "\(names.count) template\(names.count == 1 ? "" : "s") checked: no problems." : diagnostics.map(\.description).joined(separator: "\n")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
