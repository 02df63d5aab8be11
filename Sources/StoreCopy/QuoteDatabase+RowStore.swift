import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension QuoteDatabase: RowStore {
    public func readingRows(_ body: (any RowReader) throws -> Void) throws {
        try read { db in try body(SQLiteRowReader(db: db)) }
    }

    public func writingRows(_ body: (any RowWriter) throws -> Void) throws {
        try write { db in try body(SQLiteRowWriter(db: db)) }
    }

    public func analyzeRows() throws {
        try write { db in try db.execute(sql: "ANALYZE") }
    }
}

/// Rows read from one SQLite transaction.
struct SQLiteRowReader: RowReader {
    let db: Database

    func forEachPage(of table: String, orderBy: String, _ body: ([TableRow]) throws -> Void) throws {
        try RowPage.forEach(table, orderBy: orderBy, placeholder: "?", fetch: { sql, lastId in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(lastId.map { [$0] } ?? [])).map { row in
                Dictionary(uniqueKeysWithValues: row.map { ($0.0, $0.1) })
            }
        }, body)
    }
}

/// Rows written verbatim into the SQLite database, within one transaction.
struct SQLiteRowWriter: RowWriter {
    let db: Database

    func forEachPage(of table: String, orderBy: String, _ body: ([TableRow]) throws -> Void) throws {
        try SQLiteRowReader(db: db).forEachPage(of: table, orderBy: orderBy, body)
    }

    func insert(into table: String, _ rows: [TableRow]) throws {
        for statement in RowPage.statements(rows) {
            let columns = statement.columns
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES \(RowPage.values(rows: statement.rows.count, columns: columns.count) { _ in "?" })",
                arguments: StatementArguments(statement.rows.flatMap { row in columns.map { row[$0]! } }))
        }
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
