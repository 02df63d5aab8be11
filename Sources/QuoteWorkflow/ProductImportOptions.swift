import CatalogueExchange

/// How a spreadsheet of products is imported: into which price list, which column gives which
/// field beyond the headers' own names, what finds a row's product, how numbers are written,
/// and whether one problem refuses the whole file.
public struct ProductImportOptions: Sendable {
    public var priceListName: String
    public var overrides: [ColumnOverride]
    public var key: ImportKey
    public var culture: NumberCulture
    /// Refuse the whole file (write nothing) when any row, or the header, has a problem.
    public var strict: Bool

    public init(priceListName: String, overrides: [ColumnOverride] = [], key: ImportKey = .code, culture: NumberCulture = .enUS, strict: Bool = false) {
        self.priceListName = priceListName
        self.overrides = overrides
        self.key = key
        self.culture = culture
        self.strict = strict
    }
}
