import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension PostgresQuoteStore {
    /// Every row of `table` as the SQLite store writes its values, for copying a database.
    package func copyRows(of table: String, orderBy: String) throws -> [[String: DatabaseValue]] {
        try reading { connection in try CopyWriter(connection: connection).rows(of: table, orderBy: orderBy) }
    }

    /// Runs `body` in one writing transaction with a writer of verbatim rows.
    package func copyWriting(_ body: (CopyWriter) throws -> Void) throws {
        try writing { connection in try body(CopyWriter(connection: connection)) }
    }

    /// Writes rows verbatim (ids included) within one transaction, the rules on.
    package struct CopyWriter {
        let connection: ServerConnection

        package func rows(of table: String, orderBy: String) throws -> [[String: DatabaseValue]] {
            try connection.rows("SELECT * FROM \(table) ORDER BY \(orderBy)").map { row in
                Dictionary(uniqueKeysWithValues: row.map { ($0.0, $0.1) })
            }
        }

        package func insert(into table: String, _ row: [String: DatabaseValue]) throws {
            let columns = row.keys.sorted()
            try connection.execute(
                "INSERT INTO \(table) (\(columns.map(PostgresSession.column).joined(separator: ", "))) VALUES (\(columns.indices.map { "$\($0 + 1)" }.joined(separator: ", ")))",
                columns.map { row[$0]! })
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
