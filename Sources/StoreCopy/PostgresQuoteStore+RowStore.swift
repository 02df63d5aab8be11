import GRDB
import PostgresStore
import QuoteModel
import StorageInterface

extension PostgresQuoteStore: RowStore {
    public func readingRows(_ body: (any RowReader) throws -> Void) throws {
        try copyReading { reader in try body(PostgresRowWriter(writer: reader)) }
    }

    public func writingRows(_ body: (any RowWriter) throws -> Void) throws {
        try copyWriting { writer in try body(PostgresRowWriter(writer: writer)) }
    }

    public func analyzeRows() throws {
        try analyze()
    }
}

/// Rows read from one PostgreSQL snapshot, or written verbatim into the database within one
/// transaction.
struct PostgresRowWriter: RowWriter {
    let writer: PostgresQuoteStore.CopyWriter

    func forEachPage(of table: String, orderBy: String, _ body: ([TableRow]) throws -> Void) throws {
        try RowPage.forEach(table, orderBy: orderBy, placeholder: "$1", fetch: { sql, lastId in
            try writer.rows(sql, lastId.map { [$0] } ?? [])
        }, body)
    }

    func insert(into table: String, _ rows: [TableRow]) throws {
        for statement in RowPage.statements(rows) {
            try writer.insert(into: table, columns: statement.columns, rows: statement.rows) { RowPage.values(rows: $0, columns: $1) { "$\($0)" } }
        }
    }

    func update(_ table: String, id: Int64, _ values: TableRow) throws { try writer.update(table, id: id, values) }

    func deleteSeeded(from table: String, id: Int64) throws { try writer.deleteSeeded(from: table, id: id) }

    func continueIds(of table: String) throws { try writer.continueIds(of: table) }

    func auditHeads() throws -> [AuditChainHead] { try writer.auditHeads() }
}
