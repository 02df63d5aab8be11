import CatalogueExchange
import QuoteModel

/// What an import did, or in a dry run would do: the counts, every problem with its row and
/// column, the rows added and the fields each update changes, the columns left out.
public struct ProductImportReport: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Nothing was written: it was a dry run.
        case dryRun
        /// The good rows were written, in one transaction.
        case applied
        /// Nothing was written: the import was strict and the file has problems.
        case refused
    }

    /// A row that adds a product.
    public struct Addition: Sendable, Hashable, Codable {
        public var row: Int
        public var code: String
        public var name: String
    }

    /// A row that changes a product, and which fields it changes.
    public struct Change: Sendable, Hashable, Codable {
        public var row: Int
        public var code: String
        /// The changed fields' command names (`list-price`).
        public var fields: [String]
    }

    public var file: String
    public var priceList: String
    public var outcome: Outcome
    public var new: Int
    public var updates: Int
    public var unchanged: Int
    /// How many rows are not imported because of a problem.
    public var rowsWithProblems: Int
    public var problems: [ImportProblem]
    public var additions: [Addition]
    public var changes: [Change]
    public var ignoredColumns: [String]

    init(file: String, priceList: String, outcome: Outcome, plan: ProductImportPlan) {
        self.file = file
        self.priceList = priceList
        self.outcome = outcome
        new = plan.additions.count
        updates = plan.updates.count
        unchanged = plan.unchangedRows.count
        rowsWithProblems = plan.rowsWithProblems
        problems = plan.problems
        additions = plan.additions.map { Addition(row: $0.row, code: $0.product.code, name: $0.product.name) }
        changes = plan.updates.map { Change(row: $0.row, code: $0.after.code, fields: $0.changedFields.map(\.name)) }
        ignoredColumns = plan.ignoredColumns
    }
}
