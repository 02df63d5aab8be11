import Foundation

extension Company {
    /// Checks a customer's rules: a code and a name, and a country quotedoc can give its
    /// ISO 3166-1 code in documents (``CountryName``), or none.
    public func validate() throws(QuoteError) {
        if code.trimmingCharacters(in: .whitespaces).isEmpty { throw QuoteError(.invalid, "a company needs a code") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw QuoteError(.invalid, "company \(code) needs a name") }
        _ = try CountryName.checked(address.country)
    }
}
