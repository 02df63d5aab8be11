import QuoteModel

/// What importing a spreadsheet into a price list would do, row by row: the new products, the
/// updates (with the fields they change), the rows that change nothing, and the problems.
/// A row with a problem is not imported; the rest are.
public struct ProductImportPlan: Sendable, Hashable {
    /// The products to add, each with the row it comes from.
    public var additions: [Addition]
    /// The products to change, each with the row it comes from.
    public var updates: [Update]
    /// The rows that match a product and change none of its fields.
    public var unchangedRows: [Int]
    /// Every problem, by row; a row can have several.
    public var problems: [ImportProblem]
    /// The headers of the columns left out (no product field).
    public var ignoredColumns: [String]

    public struct Addition: Sendable, Hashable {
        public var row: Int
        public var product: Product
    }

    public struct Update: Sendable, Hashable {
        public var row: Int
        /// The product as stored.
        public var before: Product
        /// The product as the row makes it (same id, same picture).
        public var after: Product
        /// The fields whose values differ.
        public var changedFields: [ProductField]
    }

    /// How many data rows have at least one problem (the header counts as none).
    public var rowsWithProblems: Int {
        Set(problems.map(\.row).filter { $0 > 1 }).count
    }

    /// True when the file has no problem at all, in its header or any row.
    public var isClean: Bool { problems.isEmpty }
}
