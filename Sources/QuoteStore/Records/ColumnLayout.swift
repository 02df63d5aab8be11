import GRDB
import QuoteModel

/// Where each of a record's columns sits in the rows of a query, worked out once by name so that
/// every row after that is read by position (finding a column by name costs more than reading it).
public struct ColumnLayout<Column: RecordColumns>: Sendable {
    private let positions: [Int]

    /// The positions of every `Column` among `row`'s columns; a missing column is an error.
    public init(in row: Row) throws {
        let columns = Column.allCases
        // `SELECT *` from the record's own table: the columns in their declared order.
        if row.count == columns.count, zip(row.columnNames, columns).allSatisfy({ $0 == $1.rawValue }) {
            positions = Array(columns.indices)
            return
        }
        var byName: [String: Int] = [:]
        for (index, name) in row.columnNames.enumerated() where byName[name.lowercased()] == nil {
            byName[name.lowercased()] = index
        }
        positions = try columns.map { column in
            guard let index = byName[column.rawValue.lowercased()] else {
                throw QuoteError(.databaseFailure, "the query has no column '\(column.rawValue)'")
            }
            return index
        }
    }

    /// The position of `column`.
    subscript(column: Column) -> Int { positions[column.ordinal] }

    /// The position of the column `offset` places after `column`, within a group of columns.
    subscript(column: Column, offset: Int) -> Int { positions[column.ordinal + offset] }
}

extension Row {
    /// The value at `position`, throwing (never crashing) when the stored value does not convert.
    func value<Value: DatabaseValueConvertible>(at position: Int) throws -> Value {
        try decode(Value.self, atIndex: position)
    }

    /// The value at `position`, read straight from the statement.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at position: Int) throws -> Value {
        try decode(Value.self, atIndex: position)
    }
}

extension QuoteDatabase {
    /// Every row of `request`, with the column layout worked out from the first row and reused
    /// for the rest.
    static func fetchAll<Record: ColumnRecord>(_ db: Database, _ request: QueryInterfaceRequest<Record>) throws -> [Record] {
        try fetchAll(try Row.fetchCursor(db, request))
    }

    /// Every row of `sql` read as a `Record`, the column layout worked out once.
    static func fetchAll<Record: ColumnRecord>(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Record] {
        try fetchAll(try Row.fetchCursor(db, sql: sql, arguments: arguments))
    }

    /// Every row of `request` read as a `Record`, the column layout worked out once, gathered by
    /// `key` in the rows' order: each record goes straight into its group, never copied.
    static func fetchGrouped<Record: ColumnRecord, Key: Hashable>(
        _ db: Database, _ request: QueryInterfaceRequest<Record>, by key: (Record) -> Key
    ) throws -> [Key: [Record]] {
        var groups: [Key: [Record]] = [:]
        try forEach(in: try Row.fetchCursor(db, request)) { (record: Record) in groups[key(record), default: []].append(record) }
        return groups
    }

    private static func fetchAll<Record: ColumnRecord>(_ rows: RowCursor) throws -> [Record] {
        var records: [Record] = []
        try forEach(in: rows) { records.append($0) }
        return records
    }

    /// Reads each of `rows` as a `Record`, with the layout of the first row, and hands it to `body`.
    private static func forEach<Record: ColumnRecord>(in rows: RowCursor, _ body: (Record) -> Void) throws {
        var layout: ColumnLayout<Record.Columns>?
        while let row = try rows.next() {
            if layout == nil { layout = try ColumnLayout(in: row) }
            body(try Record(row: row, layout: layout!))
        }
    }
}
