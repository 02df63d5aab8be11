import QuoteModel
import StorageInterface

/// What `updatePrices` did (or, in a dry run, would do) to a draft's lines.
public struct PriceUpdate: Sendable {
    /// The quote as saved, or in a dry run as the update would leave it (nothing saved).
    public let detail: QuoteDetail
    /// Every field of every line that changed, in alternative and line order.
    public let changes: [LinePriceChange]
    /// The lines left as they were because their product is no longer to be had.
    public let problems: [LinePriceProblem]
    /// Where the figures came from: the catalogue, or the ERP of the connection named.
    public let source: String
    /// False for a dry run.
    public let saved: Bool
}
