extension ConfirmationProfile {
    /// Checks what a confirmation of this profile needs before anything is rendered; the
    /// standard profile needs nothing more. A Peppol order agreement needs both parties'
    /// electronic addresses (the seller's and the buyer's EndpointID), a currency of at most two
    /// decimals (the profile's amounts have at most two), lines rounded one by one (under
    /// perTotal the printed lines need not add up to the totals, which the rules check), and its
    /// VAT rates shown (every line's tax category carries its rate).
    public func checkRequirements(
        quoteNumber: String, company: Company, ownCompany: OwnCompany, currency: Currency, rounding: RoundingPolicy, fields: FieldConfiguration
    ) throws(QuoteError) {
        guard self == .peppol else { return }
        if ownCompany.endpoint == nil {
            throw QuoteError(
                .notApplicable, "a Peppol order agreement needs our own company's electronic address (its Peppol EndpointID), and \(ownCompany.name) has none",
                quote: quoteNumber, remedy: .giveOwnEndpoint)
        }
        if company.endpoint == nil {
            throw QuoteError(
                .notApplicable, "a Peppol order agreement needs the customer's electronic address (its Peppol EndpointID), and \(company.name) (\(company.code)) has none",
                value: company.code, quote: quoteNumber, remedy: .giveCompanyEndpoint(company.code))
        }
        if currency.minorUnits > 2 {
            throw QuoteError(
                .notApplicable, "a Peppol order agreement has amounts of at most 2 decimals, and \(currency.code) has \(currency.minorUnits)",
                value: currency.code, quote: quoteNumber, remedy: .useStandardProfile)
        }
        if rounding == .perTotal {
            throw QuoteError(
                .notApplicable, "a Peppol order agreement's lines must add up to its totals, and this version is rounded perTotal, whose printed lines need not",
                quote: quoteNumber, remedy: .useStandardProfile)
        }
        if !fields[.vatPercent].isShown {
            throw QuoteError(
                .notApplicable, "a Peppol order agreement carries every line's VAT rate, and the field configuration hides it",
                quote: quoteNumber, remedy: .showField(ProductField.vatPercent.name))
        }
    }
}
