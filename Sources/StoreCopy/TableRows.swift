import GRDB
import StorageInterface

/// One row of a table as either store keeps it: its columns (by name, in any case) and
/// values (as the SQLite store writes them: decimals and days as text, flags as 0 or 1).
public typealias TableRow = [String: DatabaseValue]

/// A store as the copy sees it: one consistent snapshot to read rows from, and one transaction
/// that writes rows verbatim (ids included) with the store's rules on.
public protocol RowStore {
    /// Runs `body` with one snapshot of the store: every read sees the same committed state.
    func readingRows(_ body: (any RowReader) throws -> Void) throws
    /// Runs `body` in one transaction; nothing is kept when it throws.
    func writingRows(_ body: (any RowWriter) throws -> Void) throws
    /// Brings the query planner's statistics up to date after rows were written in bulk.
    func analyzeRows() throws
}

/// Rows read a page at a time, so that a copy holds one page of a table in memory, not the table.
public protocol RowReader {
    /// The rows of `table` in the order of `orderBy` (`id`, or the columns of a small table's
    /// key), handed to `body` in pages of at most `RowPage.size` rows.
    func forEachPage(of table: String, orderBy: String, _ body: ([TableRow]) throws -> Void) throws
}

/// What the copy writes (and reads back) within a transaction.
public protocol RowWriter: RowReader {
    /// Inserts `rows` (all with the same columns) with as few statements as the store allows.
    func insert(into table: String, _ rows: [TableRow]) throws
    func update(_ table: String, id: Int64, _ values: TableRow) throws
    /// Deletes the row the database made itself when it was created (a seeded sale type or
    /// connection), with the triggers that would refuse it set aside for that one statement.
    func deleteSeeded(from table: String, id: Int64) throws
    /// Makes the next id `table` hands out follow the largest id in it.
    func continueIds(of table: String) throws
    /// The heads of the audit chains as this transaction leaves them.
    func auditHeads() throws -> [AuditChainHead]
}

extension RowReader {
    /// Every row of a small table (settings, seeded rows) at once.
    func allRows(of table: String, orderBy: String) throws -> [TableRow] {
        var rows: [TableRow] = []
        try forEachPage(of: table, orderBy: orderBy) { rows += $0 }
        return rows
    }
}

/// How rows are paged and batched into statements.
public enum RowPage {
    /// Rows read per query.
    public static let size = 2_000
    /// Values bound per insert statement (below SQLite's 32,766 and PostgreSQL's 65,535).
    public static let valuesPerStatement = 30_000

    /// Reads `table` a page at a time until a page comes back short: `fetch(sql, lastId)` runs
    /// one query, binding `lastId` to its one placeholder when there is one (keyset paging on
    /// `id`); a table ordered by another key is small and read in one query without it.
    public static func forEach(
        _ table: String, orderBy: String, placeholder: String, fetch: (String, Int64?) throws -> [TableRow], _ body: ([TableRow]) throws -> Void
    ) throws {
        guard orderBy == "id" else {
            let rows = try fetch("SELECT * FROM \(table) ORDER BY \(orderBy)", nil)
            if !rows.isEmpty { try body(rows) }
            return
        }
        var lastId = Int64.min
        while true {
            let page = try fetch("SELECT * FROM \(table) WHERE id > \(placeholder) ORDER BY id LIMIT \(size)", lastId)
            if !page.isEmpty { try body(page) }
            guard page.count == size, let last = page.last.flatMap({ $0["id"] }).flatMap(Int64.fromDatabaseValue) else { return }
            lastId = last
        }
    }

    /// `rows` split into runs that share their columns (sorted) and fit one statement each.
    public static func statements(_ rows: [TableRow]) -> [(columns: [String], rows: ArraySlice<TableRow>)] {
        var runs: [(columns: [String], rows: ArraySlice<TableRow>)] = []
        var start = rows.startIndex
        while start < rows.endIndex {
            let columns = rows[start].keys.sorted()
            let limit = max(1, valuesPerStatement / max(1, columns.count))
            var end = start + 1
            while end < rows.endIndex, end - start < limit, rows[end].count == columns.count, rows[end].keys.allSatisfy({ rows[start][$0] != nil }) { end += 1 }
            runs.append((columns, rows[start..<end]))
            start = end
        }
        return runs
    }

    /// `(?, ?), (?, ?)` for `rows` rows of `columns` values, with `placeholder(n)` numbering from 1.
    public static func values(rows: Int, columns: Int, placeholder: (Int) -> String) -> String {
        (0..<rows).map { row in "(" + (0..<columns).map { placeholder(row * columns + $0 + 1) }.joined(separator: ", ") + ")" }.joined(separator: ", ")
    }
}
