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

            With --worker (on a PostgreSQL database), start it on any number of machines: the first worker opens a run of \
            every confirmation not yet made, later ones join it, and each claims pages under a lease (--lease). A worker \
            that dies or loses the network loses its page when the lease runs out, and another renders it; every worker \
            exits when the run is complete. `batch status` shows the run's progress per worker.
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

    @Option(name: .customLong("validate"), help: ArgumentHelp(
        """
        How each UBL document is checked against its schema: shape (a document shaped like one found valid before is \
        valid; every other is validated in full) or full (every document parsed and validated).
        """, valueName: "full|shape"))
    var validation: XMLValidation = .shape

    @Option(help: "Threads rendering at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Continue the run with this id.", valueName: "run"))
    var resume: String?

    @Flag(help: "Work as one of several workers sharing the open run through a PostgreSQL database.")
    var worker = false

    @Option(help: ArgumentHelp("With --worker: how long a claimed page is this worker's alone, in seconds.", valueName: "seconds"))
    var lease: Int = 60

    @Flag(help: "Print no progress.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs is at least 1") }
        if quotes != nil, quotesFile != nil { throw ValidationError("give --quotes or --quotes-file, not both") }
        if lease < 1 { throw ValidationError("--lease is at least 1 second") }
        if validation == .off { throw ValidationError("a batch checks every UBL document: --validate full or shape") }
        if worker, resume != nil { throw ValidationError("a worker joins the open run by itself: give --worker or --resume, not both") }
    }

    func run() throws {
        var numbers = quotes.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let quotesFile {
            guard let text = try? String(contentsOfFile: quotesFile, encoding: .utf8) else { throw CommandFailure("cannot read \(quotesFile)") }
            numbers = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if worker { return try work(selection: OrderSelection(since: since, until: until, quoteNumbers: numbers)) }
        let reporter = ProgressReporter(enabled: !quiet)
        let summary = try global.workflow().confirmations(
            .init(selection: OrderSelection(since: since, until: until, quoteNumbers: numbers), formats: format.formats,
                  culture: lang, jobs: jobs, resume: resume),
            output: try folders.output(validation: validation)
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

    /// Works as one worker of the shared run until it is complete.
    func work(selection: OrderSelection) throws {
        let identity = BatchWorker(name: "\(ProcessInfo.processInfo.hostName)-\(getpid())", host: ProcessInfo.processInfo.hostName)
        let summary = try global.workflow().confirmationWorker(
            .init(selection: selection, settings: BatchRunSettings(formats: format.formats, culture: lang), jobs: jobs,
                  lease: .seconds(lease), worker: identity),
            output: try folders.output(validation: validation)
        ) { progress in
            if !quiet {
                FileHandle.standardError.write(Data("\(progress.worker.name): \(progress.pages) pages, \(progress.rendered) rendered, \(progress.failed) failed\n".utf8))
            }
        }
        try output.emit(summary) {
            let rate = summary.seconds > 0 ? Int(Double(summary.rendered) / summary.seconds) : 0
            return """
                Worker \(summary.worker.name) \(summary.opened ? "opened" : "joined") run \(summary.run): \(summary.pages) pages, \
                \(summary.rendered) rendered, \(summary.failed) failed\(summary.lost > 0 ? ", \(summary.lost) pages lost to other workers" : "").
                \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MiB written in \(String(format: "%.1f", summary.seconds)) s (\(rate) confirmations/s); \
                \(summary.activitiesRecorded) activities and \(summary.documentsArchived) documents archived. The run is complete.
                """
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
