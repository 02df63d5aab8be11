import Foundation

extension SaleType {
    /// Checks the sale type's own rules: a name, validity days of zero or more, and limits that
    /// are percentages from 0 to 100. Whether its templates and culture exist is for whoever
    /// knows the templates folder.
    public func validate() throws(QuoteError) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QuoteError(.invalid, "a sale type needs a name")
        }
        if quoteValidityDays < 0 {
            throw QuoteError(.invalid, "sale type '\(name)': quote validity of \(quoteValidityDays) days; it must be 0 days or more", value: "\(quoteValidityDays)")
        }
        for (label, value) in [("maximum discount", maxDiscountPercent), ("minimum earning", minEarningPercent)] {
            if let value, value < .zero || value > 100 {
                throw QuoteError(.invalid, "sale type '\(name)': a \(label) of \(value) %; it must be a percentage from 0 to 100", value: "\(value)")
            }
        }
        for (label, template) in [("proposal", quoteTemplate), ("confirmation", confirmationTemplate)] where template.isEmpty {
            throw QuoteError(.invalid, "sale type '\(name)' needs a \(label) template")
        }
    }
}
