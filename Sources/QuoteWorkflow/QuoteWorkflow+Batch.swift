import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Renders the order confirmation of every quote with a placed order that `options` selects,
    /// thousands at a time: page by page, in parallel, every file atomic, every page archived in
    /// one transaction and recorded in the run's manifest, resumable (see ``ConfirmationBatch``).
    /// `progress` is called as pages complete.
    public func confirmations(_ options: ConfirmationBatch.Options, output: DocumentOutput, now: Date = Date(),
                              progress: (ConfirmationBatch.Progress) -> Void = { _ in }) throws -> ConfirmationBatch.Summary {
        try ConfirmationBatch(storage: storage, renderer: output.renderer, writer: output.writer).run(options, now: now, progress: progress)
    }
}

extension QuoteWorkflow {
    /// Works as one of several confirmation batch workers sharing the open run through the
    /// database (see ``ConfirmationWorker``); a store that cannot share runs is refused.
    public func confirmationWorker(_ options: ConfirmationWorker.Options, output: DocumentOutput,
                                   progress: (ConfirmationWorker.Summary) -> Void = { _ in }) throws -> ConfirmationWorker.Summary {
        let batch = ConfirmationBatch(storage: storage, renderer: output.renderer, writer: output.writer)
        return try ConfirmationWorker(batch: batch, coordinator: try coordinator()).run(options, progress: progress)
    }

    /// The run `run` (the newest when nil) of the batch workers, with each worker's share.
    public func batchStatus(run: String?) throws -> BatchRunStatus {
        guard let status = try coordinator().batchStatus(run: run) else {
            throw run.map { QuoteError.notFound("batch run", $0) } ?? QuoteError(.notFound, "no batch run has been opened by workers yet")
        }
        return status
    }

    private func coordinator() throws -> any BatchCoordinator {
        guard let coordinator = storage as? any BatchCoordinator else {
            throw QuoteError(.notApplicable, "batch workers share a run through a PostgreSQL database: give --database postgres://…; on a SQLite file, run one batch (--jobs for its threads)")
        }
        return coordinator
    }
}
