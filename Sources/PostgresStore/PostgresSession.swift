import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

/// One transaction on the PostgreSQL database, as the workflow sees it: loading, saving and
/// querying, no rules. The records are the SQLite store's, read and written through their own
/// column lists.
struct PostgresSession {
    let connection: ServerConnection

    // MARK: Records

    /// The records of `Record`'s table matching `condition` (`$1`… are `arguments`), in `order`.
    func fetchAll<Record: ColumnRecord>(
        _ type: Record.Type, where condition: String = "TRUE", _ arguments: [(any DatabaseValueConvertible)?] = [], order: String = "id"
    ) throws -> [Record] {
        try records(connection.rows("SELECT * FROM \(Record.databaseTableName) WHERE \(condition) ORDER BY \(order)", arguments))
    }

    /// The first record `fetchAll` would return, nil when none.
    func fetchOne<Record: ColumnRecord>(
        _ type: Record.Type, where condition: String, _ arguments: [(any DatabaseValueConvertible)?] = [], order: String = "id"
    ) throws -> Record? {
        try records(connection.rows("SELECT * FROM \(Record.databaseTableName) WHERE \(condition) ORDER BY \(order) LIMIT 1", arguments), as: Record.self).first
    }

    /// The record with primary key `id`.
    func fetch<Record: ColumnRecord>(_ type: Record.Type, id: Int64?) throws -> Record? {
        guard let id else { return nil }
        return try fetchOne(type, where: "id = $1", [id])
    }

    /// `rows` read as records. Each row is a dictionary of its columns (its order is its own),
    /// so each has its own layout.
    func records<Record: ColumnRecord>(_ rows: [Row], as type: Record.Type = Record.self) throws -> [Record] {
        try rows.map { try Record(row: $0, layout: ColumnLayout(in: $0)) }
    }

    /// Inserts `record` (its id from the table's identity when nil) and returns it as stored.
    func insertRow<Record: ColumnRecord>(_ record: Record) throws -> Record {
        let values = try record.databaseDictionary.filter { $0.key != "id" || !$0.value.isNull }.sorted { $0.key < $1.key }
        let columns = values.map { Self.column($0.key) }.joined(separator: ", ")
        let placeholders = values.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let rows = try connection.rows(
            "INSERT INTO \(Record.databaseTableName) (\(columns)) VALUES (\(placeholders)) RETURNING *", values.map(\.value))
        guard let stored = try records(rows, as: Record.self).first else { throw QuoteError(.databaseFailure, "the server returned no inserted row") }
        return stored
    }

    /// The most values one statement binds (PostgreSQL allows 65,535).
    static let valuesPerInsert = 30_000

    /// Inserts `records` into their table with as few statements as the values allow; the
    /// database assigns the ids of records without one.
    func insertRows<Record: ColumnRecord>(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        let rows = try records.map { record in try record.databaseDictionary.filter { $0.key != "id" || !$0.value.isNull } }
        let columns = rows[0].keys.sorted()
        let perStatement = max(1, Self.valuesPerInsert / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            let values = (0..<chunk.count).map { row in
                "(" + (0..<columns.count).map { "$\(row * columns.count + $0 + 1)" }.joined(separator: ", ") + ")"
            }
            try connection.execute(
                "INSERT INTO \(Record.databaseTableName) (\(columns.map(Self.column).joined(separator: ", "))) VALUES \(values.joined(separator: ", "))",
                chunk.flatMap { row in columns.map { row[$0] ?? .null } })
        }
    }

    /// Writes every column of stored `record` over its row; a record without a row is not found.
    func updateRow<Record: ColumnRecord>(_ record: Record, columns only: Set<String>? = nil) throws {
        let dictionary = try record.databaseDictionary
        guard let id = dictionary["id"], !id.isNull else { throw QuoteError(.notFound, "the \(Record.databaseTableName) to change was never saved") }
        let values = dictionary.filter { $0.key != "id" && (only?.contains($0.key) ?? true) }.sorted { $0.key < $1.key }
        let assignments = values.enumerated().map { "\(Self.column($0.element.key)) = $\($0.offset + 2)" }.joined(separator: ", ")
        let changed = try connection.execute(
            "UPDATE \(Record.databaseTableName) SET \(assignments) WHERE id = $1", [id] + values.map(\.value))
        guard changed == 1 else { throw QuoteError(.notFound, "the \(Record.databaseTableName) to change no longer exists") }
    }

    /// Deletes the row of `table` with primary key `id`; returns whether there was one.
    @discardableResult
    func delete(from table: String, id: Int64?) throws -> Bool {
        guard let id else { return false }
        return try connection.execute("DELETE FROM \(table) WHERE id = $1", [id]) == 1
    }

    /// A column name as PostgreSQL keeps it (lower case), quoted (`user` is a keyword).
    static func column(_ name: String) -> String { "\"\(name.lowercased())\"" }

    /// `ids` as one `bigint[]` argument (`= ANY($n)`).
    static func idArray<S: Sequence<Int64>>(_ ids: S) -> String {
        "{" + ids.map(String.init).joined(separator: ",") + "}"
    }

    /// Text as one `text[]` argument (`= ANY($n)`), each element quoted.
    static func textArray<S: Sequence<String>>(_ texts: S) -> String {
        "{" + texts.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: ",") + "}"
    }

    /// SQLite's ordering of codes and numbers: `CAST(x AS INTEGER)` (the leading integer, 0 when
    /// there is none) then the text in byte order.
    static func numericOrder(_ column: String) -> String {
        "coalesce(substring(\(column) from '^\\s*([-+]?[0-9]+)')::numeric, 0), \(column) COLLATE \"C\""
    }
}
