import QuoteModel
import QuoteStore

extension QuoteDatabase {
    /// Applies `change` to the active version of quote `number` through
    /// ``QuoteDatabase/editActiveVersion(quoteNumber:today:_:)`` (repriced, validated on today's
    /// date and saved in one transaction, so a failure anywhere saves nothing) and returns the
    /// quote as saved with what `change` returned. An error `change` throws (an ``EditError``,
    /// say) reaches the caller as it was thrown.
    func edit<Result>(
        quote number: String, _ change: (inout VersionWithAlternatives, EditContext) throws -> Result
    ) throws -> (detail: QuoteDetail, result: Result) {
        var result: Result?
        var changeError: (any Error)?
        do {
            let detail = try editActiveVersion(quoteNumber: number, today: .today) { version, context in
                do {
                    result = try change(&version, context)
                } catch {
                    changeError = error
                    throw error
                }
            }
            return (detail, result!)
        } catch {
            throw changeError ?? error
        }
    }
}
