import QuoteModel

/// `--endpoint SCHEME:ID` or `--endpoint none`: where a company receives electronic documents.
enum EndpointArgument {
    static let help = "Where the company receives electronic documents (Peppol EndpointID): an EAS scheme and identifier, e.g. 0007:5560125790 (Swedish organisation number) or 0088:7300010000001 (GLN); 'none' removes it."

    /// The address `text` gives, nil for `none`; an error naming what is wrong otherwise.
    static func parse(_ text: String) throws(QuoteError) -> ElectronicAddress? {
        text.lowercased() == "none" ? nil : try ElectronicAddress(parsing: text)
    }
}
