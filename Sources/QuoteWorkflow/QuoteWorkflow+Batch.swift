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
