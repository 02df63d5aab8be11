import GRDB

extension Database {
    /// The most values one statement binds (SQLite allows 32,766).
    static let valuesPerInsert = 30_000

    /// Inserts `records` into their table with few statements, each row bound by position as the
    /// record gives its values; the database assigns the ids of records without one (an `id`
    /// column left NULL).
    ///
    /// Each statement inserts a power of two of rows (256 + 16 for 272), so that the statements
    /// are few and alike: each is prepared once per connection and kept. Preparing one of
    /// thousands of placeholders costs more than many of the rows it inserts, and a batch inserts
    /// page after page of the same size; at most a dozen sizes are ever kept per table.
    func insertRows<Record: PositionalRecord>(_ records: [Record]) throws {
        let columns = Record.Columns.allCases.map(\.rawValue)
        let mostRows = max(1, Self.valuesPerInsert / columns.count)
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < records.count {
            let rows = Self.largestPowerOfTwo(atMost: min(records.count - start, mostRows))
            var values: [DatabaseValue] = []
            values.reserveCapacity(rows * columns.count)
            for record in records[start..<(start + rows)] { values += record.databaseValues }
            let insert = try cachedStatement(
                sql: "INSERT INTO \(Record.databaseTableName) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))")
            try insert.execute(arguments: StatementArguments(values))
            start += rows
        }
    }

    /// The largest power of two not above `count` (at least 1).
    static func largestPowerOfTwo(atMost count: Int) -> Int {
        1 << (Int.bitWidth - 1 - max(count, 1).leadingZeroBitCount)
    }
}
