import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow
import StorageInterface

/// `quotedoc batch confirmations`: order confirmations for every placed order that matches,
/// in parallel, streaming page by page, resumable.
struct BatchConfirmationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirmations",
        abstract: "Render the order confirmation of every placed order that matches; resumable.",
        discussion: """
            Each run has an id and a manifest (<out>/batches/<run>.jsonl, one JSON line per quote). A failing quote is \
            recorded and the run goes on; the exit status is 1 if any failed. --resume RUN continues an interrupted run: \
            documents already written and verified by hash are skipped.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Orders placed on or after this day, YYYY-MM-DD.", valueName: "date"))
    var since: LocalDate?

    @Option(help: ArgumentHelp("Orders placed on or before this day, YYYY-MM-DD.", valueName: "date"))
    var until: LocalDate?

    @Option(help: ArgumentHelp("Only these quotes, comma-separated.", valueName: "numbers"))
    var quotes: String?

    @Option(help: ArgumentHelp("Only the quotes listed in this file, one number a line.", valueName: "file"))
    var quotesFile: String?

    @Option(help: "Which formats.")
    var format: FormatArgument = .all

    @Option(help: ArgumentHelp("The culture for money, dates and labels, e.g. sv-SE (default: the sale type's default culture, else the settings', else en-US).", valueName: "culture"))
    var lang: String?

    @Option(help: "Threads rendering at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Continue the run with this id.", valueName: "run"))
    var resume: String?

    @Flag(help: "Print no progress.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs is at least 1") }
        if quotes != nil, quotesFile != nil { throw ValidationError("give --quotes or --quotes-file, not both") }
    }

    func run() throws {
        var numbers = quotes.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let quotesFile {
            guard let text = try? String(contentsOfFile: quotesFile, encoding: .utf8) else { throw CommandFailure("cannot read \(quotesFile)") }
            numbers = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let reporter = ProgressReporter(enabled: !quiet)
        let summary = try global.workflow().confirmations(
            .init(selection: OrderSelection(since: since, until: until, quoteNumbers: numbers), formats: format.formats,
                  culture: lang, jobs: jobs, resume: resume),
            output: try folders.output()
        ) { progress in
            reporter.report(done: progress.done, total: progress.total, failed: progress.failed)
        }
        reporter.finish()
        try output.emit(summary) {
            let rate = summary.seconds > 0 ? Int(Double(summary.rendered) / summary.seconds) : 0
            return """
                Run \(summary.run): \(summary.rendered) rendered, \(summary.skipped) skipped (already done), \(summary.failed) failed, of \(summary.total).
                \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MiB written in \(String(format: "%.1f", summary.seconds)) s (\(rate) confirmations/s); \
                \(summary.activitiesRecorded) activities and \(summary.documentsArchived) documents archived.
                Manifest: \(summary.manifest)
                """ + Self.failureList(summary)
        }
        if summary.failed > 0 { throw ExitCode.failure }
    }

    /// The first failures with their reasons, after the summary.
    static func failureList(_ summary: ConfirmationBatch.Summary) -> String {
        guard !summary.failures.isEmpty else { return "" }
        let more = summary.failed > summary.failures.count ? "\n  … \(summary.failed - summary.failures.count) more in the manifest" : ""
        return "\nFailed:\n" + summary.failures.map { "  \($0.quote): \($0.reason.replacingOccurrences(of: "\n", with: "\n    "))" }.joined(separator: "\n") + more
    }
}
