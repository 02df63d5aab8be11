import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension QuoteDatabase: RowStore {
    public func rows(of table: String, orderBy: String) throws -> [TableRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(orderBy)").map { row in
                Dictionary(uniqueKeysWithValues: row.map { ($0.0, $0.1) })
            }
        }
    }

    public func writingRows(_ body: (any RowWriter) throws -> Void) throws {
        try write { db in try body(SQLiteRowWriter(db: db)) }
    }
}

/// Rows written verbatim into the SQLite database, within one transaction.
struct SQLiteRowWriter: RowWriter {
    let db: Database

    func rows(of table: String, orderBy: String) throws -> [TableRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(orderBy)").map { row in
            Dictionary(uniqueKeysWithValues: row.map { ($0.0, $0.1) })
        }
    }

    func insert(into table: String, _ row: TableRow) throws {
        let columns = row.keys.sorted()
        try db.execute(
            sql: "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(columns.map { row[$0]! }))
    }

    func update(_ table: String, id: Int64, _ values: TableRow) throws {
        let columns = values.keys.sorted()
        try db.execute(
            sql: "UPDATE \(table) SET \(columns.map { "\"\($0)\" = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(columns.map { values[$0]! } + [id.databaseValue]))
    }

    func deleteSeeded(from table: String, id: Int64) throws {
        // The triggers that refuse deleting are set aside for this one statement, then put back
        // as they were (SQLite's DDL is part of the transaction).
        let triggers = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%BEFORE DELETE%'", arguments: [table])
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \"\(trigger["name"] as String)\"") }
        try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
        for trigger in triggers { try db.execute(sql: trigger["sql"]) }
    }

    func continueIds(of table: String) throws {
        // SQLite's next id already follows the largest.
    }

    func auditHeads() throws -> [AuditChainHead] {
        try QuoteDatabase.auditTrailReport(noted: []) { table in
            try AuditChain.links(of: table.rawValue, columns: table.chainedColumns, db)
        }.heads
    }
}
