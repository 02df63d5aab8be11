import Foundation
import QuoteModel
import StorageInterface

/// One of several workers, on any number of machines, sharing a run of order confirmations
/// through the database (``BatchCoordinator``): it joins the open run (or opens it), then claims
/// a page at a time under a lease, renders, validates and writes it as a single-process batch
/// does, and archives it together with the page's completion in one transaction. A worker that
/// dies or is cut off loses its page when the lease expires, and another takes it; files it
/// wrote are the same bytes and are kept, and the archive takes each confirmation once. Every
/// worker exits when the run is complete.
public struct ConfirmationWorker: Sendable {
    public let batch: ConfirmationBatch
    public let coordinator: any BatchCoordinator

    public init(batch: ConfirmationBatch, coordinator: any BatchCoordinator) {
        self.batch = batch
        self.coordinator = coordinator
    }

    /// What to do; a run opened already keeps its own formats and culture.
    public struct Options: Sendable {
        public var selection: OrderSelection
        public var settings: BatchRunSettings
        public var jobs: Int
        /// How long a claimed page is this worker's alone.
        public var lease: Duration
        public var worker: BatchWorker

        public init(selection: OrderSelection, settings: BatchRunSettings, jobs: Int, lease: Duration, worker: BatchWorker) {
            self.selection = selection
            self.settings = settings
            self.jobs = jobs
            self.lease = lease
            self.worker = worker
        }
    }

    /// What this worker did.
    public struct Summary: Sendable, Codable {
        public let run: String
        /// True when this worker opened the run.
        public let opened: Bool
        public let worker: BatchWorker
        public let pages: Int
        public let rendered: Int
        public let failed: Int
        public let bytes: Int
        /// Pages another worker claimed after this one's lease ran out (rendered, not archived by it).
        public let lost: Int
        public let activitiesRecorded: Int
        public let documentsArchived: Int
        public let seconds: Double
    }

    /// Works until the run is complete; `progress` is called after each page this worker completes.
    public func run(_ options: Options, now: @escaping @Sendable () -> Date = Date.init, progress: (Summary) -> Void = { _ in }) throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        let run = try coordinator.joinOrOpenRun(
            options.settings, selection: options.selection, pageSize: ConfirmationBatch.pageSize, worker: options.worker, now: now())
        try batch.prepareTemplates(formats: run.settings.formats, culture: run.settings.culture)
        let pageOptions = ConfirmationBatch.Options(
            selection: options.selection, formats: run.settings.formats, culture: run.settings.culture, jobs: options.jobs)
        var pages = 0, rendered = 0, failed = 0, bytes = 0, lost = 0, activities = 0, documents = 0
        func summary() -> Summary {
            let elapsed = clock.now - started
            return Summary(
                run: run.id, opened: run.opened, worker: options.worker, pages: pages, rendered: rendered, failed: failed, bytes: bytes,
                lost: lost, activitiesRecorded: activities, documentsArchived: documents,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        while true {
            guard let claim = try coordinator.claimPage(run: run.id, worker: options.worker, lease: options.lease) else {
                // Nothing to claim: the run is complete, or the rest is held by others, who finish
                // it or lose it when their lease runs out.
                guard let status = try coordinator.batchStatus(run: run.id), status.completed == nil else { break }
                Thread.sleep(forTimeInterval: min(1, max(0.05, Double(options.lease.components.seconds) / 10)))
                continue
            }
            let loaded = try batch.loadPage(claim.quoteNumbers, formats: run.settings.formats)
            let entries = batch.renderPage(loaded, options: pageOptions)
            if let outputError = entries.first(where: \.isOutputError)?.entry.error {
                // The disk is full or the folder cannot be written: stop; the page goes to another
                // worker when the lease runs out.
                throw QuoteError(.output, outputError)
            }
            ConfirmationBatch.syncOutput(batch.writer.outputFolder)
            let outcome = BatchPageOutcome(
                rendered: entries.filter { $0.entry.status == .ok }.count, failed: entries.filter { $0.entry.status != .ok }.count,
                bytes: entries.reduce(0) { $0 + $1.entry.files.reduce(0) { $0 + $1.bytes } })
            guard let archived = try coordinator.completePage(claim, archive: entries.compactMap(\.archive), outcome: outcome, now: now()) else {
                lost += 1
                continue
            }
            pages += 1
            rendered += outcome.rendered
            failed += outcome.failed
            bytes += outcome.bytes
            activities += archived.activities
            documents += archived.documents
            progress(summary())
        }
        return summary()
    }
}
