import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension PostgresQuoteStore {
    /// Runs `body` with a reader of one snapshot of the database.
    package func copyReading(_ body: (CopyWriter) throws -> Void) throws {
        try reading { connection in try body(CopyWriter(connection: connection)) }
    }

    /// Runs `body` in one writing transaction with a writer of verbatim rows.
    package func copyWriting(_ body: (CopyWriter) throws -> Void) throws {
        try writing { connection in try body(CopyWriter(connection: connection)) }
    }

    /// Refreshes the planner's statistics of every table: after a bulk load, a planner that
    /// still takes the tables for empty would scan them whole for every page a batch reads.
    package func analyze() throws {
        _ = try withConnection { connection throws(QuoteError) in try connection.execute("ANALYZE") }
    }

    /// Reads rows as the SQLite store writes their values, and writes rows verbatim (ids
    /// included) within one transaction, the rules on.
    package struct CopyWriter {
        let connection: ServerConnection

        /// The rows `sql` selects, with `arguments` bound to `$1…`.
        package func rows(_ sql: String, _ arguments: [Int64]) throws -> [[String: DatabaseValue]] {
            try connection.rows(sql, arguments.map { $0 as (any DatabaseValueConvertible)? }).map { row in
                Dictionary(uniqueKeysWithValues: row.map { ($0.0, $0.1) })
            }
        }

        /// Inserts `rows` in one statement; `values(rows, columns)` writes its VALUES list.
        package func insert(
            into table: String, columns: [String], rows: some Collection<[String: DatabaseValue]>, values: (Int, Int) -> String
        ) throws {
            try connection.execute(
                "INSERT INTO \(table) (\(columns.map(PostgresSession.column).joined(separator: ", "))) VALUES \(values(rows.count, columns.count))",
                rows.flatMap { row in columns.map { row[$0]! } })
        }

        package func update(_ table: String, id: Int64, _ values: [String: DatabaseValue]) throws {
            let columns = values.keys.sorted()
            try connection.execute(
                "UPDATE \(table) SET \(columns.enumerated().map { "\(PostgresSession.column($0.element)) = $\($0.offset + 2)" }.joined(separator: ", ")) WHERE id = $1",
                [id] + columns.map { values[$0]! })
        }

        /// Deletes a seeded row with the table's own triggers off for that statement (only the
        /// table's owner may).
        package func deleteSeeded(from table: String, id: Int64) throws {
            try connection.execute("ALTER TABLE \(table) DISABLE TRIGGER USER")
            try connection.execute("DELETE FROM \(table) WHERE id = $1", [id])
            try connection.execute("ALTER TABLE \(table) ENABLE TRIGGER USER")
        }

        package func continueIds(of table: String) throws {
            try connection.execute("SELECT setval(pg_get_serial_sequence('\(table.lowercased())', 'id'), coalesce(max(id), 0) + 1, false) FROM \(table)")
        }

        package func auditHeads() throws -> [AuditChainHead] {
            try PostgresQuoteStore.auditReport(connection, noted: []).heads
        }
    }
}
