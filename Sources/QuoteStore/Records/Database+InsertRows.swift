import GRDB

extension Database {
    /// The most values one statement binds (SQLite allows 32,766).
    static let valuesPerInsert = 30_000

    /// Inserts `records` into their table with as few statements as the values allow, each row
    /// bound by position as the record gives its values; the database assigns the ids of records
    /// without one (an `id` column left NULL).
    func insertRows<Record: PositionalRecord>(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        let columns = Record.Columns.allCases.map(\.rawValue)
        let perStatement = max(1, Self.valuesPerInsert / columns.count)
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: records.count, by: perStatement) {
            let chunk = records[start..<min(start + perStatement, records.count)]
            var values: [DatabaseValue] = []
            values.reserveCapacity(chunk.count * columns.count)
            for record in chunk { values += record.databaseValues }
            try execute(
                sql: "INSERT INTO \(Record.databaseTableName) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES \(Array(repeating: row, count: chunk.count).joined(separator: ", "))",
                arguments: StatementArguments(values))
        }
    }
}
