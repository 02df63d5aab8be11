import QuoteModel
import QuoteWorkflow
import StorageInterface

extension GlobalOptions {
    /// Applies `change` to the active version of quote `number` through the workflow's edit
    /// (repriced, validated on today's date and saved in one transaction, so a failure anywhere
    /// saves nothing), acting as $QUOTEDOC_USER or the sale's owner, and returns the quote as
    /// saved with what `change` returned; a version no longer at revision `expected` (when given)
    /// is refused.
    func edit<Result>(
        quote number: String, ifRevision expected: Int?, _ change: (inout VersionWithAlternatives, EditContext) throws -> Result
    ) throws -> (detail: QuoteDetail, result: Result) {
        var acting = ActorOptions.acting(user: ActorOptions.environmentUser)
        acting.expectedRevision = expected
        return try workflow().edit(quoteNumber: number, acting: acting, change)
    }
}
