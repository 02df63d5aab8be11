import GRDB

extension Database {
    /// The most values one statement binds (SQLite allows 32,766).
    static let valuesPerInsert = 30_000

    /// Inserts `records` into their table with as few statements as the values allow, each row
    /// as the record encodes it; the database assigns the ids of records without one.
    func insertRows<Record: EncodableRecord & TableRecord>(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        let rows = try records.map { record in try record.databaseDictionary.filter { $0.key != "id" || !$0.value.isNull } }
        let columns = rows[0].keys.sorted()
        let perStatement = max(1, Self.valuesPerInsert / columns.count)
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            try execute(
                sql: "INSERT INTO \(Record.databaseTableName) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))",
                arguments: StatementArguments(chunk.flatMap { row in columns.map { row[$0] ?? .null } }))
        }
    }
}
