import Foundation

extension OwnCompany {
    /// Checks our own company's rules: a name (every document prints it) and a logo that is a
    /// picture (PNG, JPEG or GIF by content, at most ``ProductImage/maximumByteCount`` bytes).
    public func validate() throws(QuoteError) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QuoteError(.invalid, "our own company needs a name: every document prints it")
        }
        if let logo, case .failure(let problem) = ProductImage.detect(logo.bytes) {
            throw QuoteError(.invalid, "the logo cannot be used: \(problem)")
        }
    }

    /// Checks that `code` is an ISO 3166-1 alpha-2 country code (`SE`, `US`), as UBL needs it.
    public static func checkCountryCode(_ code: String) throws(QuoteError) {
        let known = code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }
            && Locale.Region.isoRegions.contains { $0.identifier == code }
        guard known else {
            throw QuoteError(.invalid, "'\(code)' is not an ISO 3166 country code; give two capital letters such as SE, GB or US", value: code)
        }
    }
}

extension OwnCompany {
    /// Makes `bytes` the logo when they are a picture (by content: PNG, JPEG or GIF, at most
    /// ``ProductImage/maximumByteCount`` bytes); `source` names where they came from.
    public mutating func setLogo(_ bytes: [UInt8], from source: String) throws(QuoteError) {
        switch ProductImage.detect(bytes) {
        case .success(let picture): logo = picture
        case .failure(let problem): throw QuoteError(.invalid, "\(source) cannot be the logo: \(problem)", value: source)
        }
    }
}

extension OwnCompany {
    /// Sets the country of our address to `code`, an ISO 3166-1 alpha-2 code (checked even when
    /// it is the one already there).
    public mutating func setCountry(_ code: String) throws(QuoteError) {
        try Self.checkCountryCode(code)
        address.country = code
    }
}
