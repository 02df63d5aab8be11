import QuoteModel
import QuoteWorkflow
import StorageInterface

extension GlobalOptions {
    /// Applies `change` to the active version of quote `number` through the workflow's edit
    /// (repriced, validated on today's date and saved in one transaction, so a failure anywhere
    /// saves nothing), acting as $QUOTEDOC_USER or the sale's owner, and returns the quote as
    /// saved with what `change` returned.
    func edit<Result>(
        quote number: String, _ change: (inout VersionWithAlternatives, EditContext) throws -> Result
    ) throws -> (detail: QuoteDetail, result: Result) {
        try workflow().edit(quoteNumber: number, acting: ActorOptions.acting(user: ActorOptions.environmentUser), change)
    }
}
