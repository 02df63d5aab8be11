import GRDB
import StorageInterface

/// One row of a table as either store keeps it: its columns (by name, in any case) and
/// values (as the SQLite store writes them: decimals and days as text, flags as 0 or 1).
public typealias TableRow = [String: DatabaseValue]

/// A store as the copy sees it: every row of a table, and one transaction that writes rows
/// verbatim (ids included) with the store's rules on.
public protocol RowStore {
    /// Every row of `table`, in the order of `orderBy` (columns, e.g. `id`).
    func rows(of table: String, orderBy: String) throws -> [TableRow]
    /// Runs `body` in one transaction; nothing is kept when it throws.
    func writingRows(_ body: (any RowWriter) throws -> Void) throws
}

/// What the copy writes (and reads back) within a transaction.
public protocol RowWriter {
    /// Every row of `table` as this transaction sees it.
    func rows(of table: String, orderBy: String) throws -> [TableRow]
    func insert(into table: String, _ row: TableRow) throws
    func update(_ table: String, id: Int64, _ values: TableRow) throws
    /// Deletes the row the database made itself when it was created (a seeded sale type or
    /// connection), with the triggers that would refuse it set aside for that one statement.
    func deleteSeeded(from table: String, id: Int64) throws
    /// Makes the next id `table` hands out follow the largest id in it.
    func continueIds(of table: String) throws
    /// The heads of the audit chains as this transaction leaves them.
    func auditHeads() throws -> [AuditChainHead]
}
