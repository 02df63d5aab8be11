import QuoteModel
import QuoteStore
import StorageInterface

extension QuoteDetail {
    /// Every figure of the shown version, computed by the calculator from the stored lines and
    /// alternatives: per-line VAT shares, groups by product category, totals, statuses.
    var figures: VersionFigures {
        get throws(ArithmeticOverflow) {
            try PriceCalculator(currency: sale.currency, policy: version.version.roundingPolicy).figures(for: version)
        }
    }
}
