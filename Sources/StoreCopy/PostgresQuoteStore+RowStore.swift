import GRDB
import PostgresStore
import QuoteModel
import StorageInterface

extension PostgresQuoteStore: RowStore {
    public func rows(of table: String, orderBy: String) throws -> [TableRow] {
        try copyRows(of: table, orderBy: orderBy)
    }

    public func writingRows(_ body: (any RowWriter) throws -> Void) throws {
        try copyWriting { writer in try body(PostgresRowWriter(writer: writer)) }
    }
}

/// Rows written verbatim into the PostgreSQL database, within one transaction.
struct PostgresRowWriter: RowWriter {
    let writer: PostgresQuoteStore.CopyWriter

    func rows(of table: String, orderBy: String) throws -> [TableRow] { try writer.rows(of: table, orderBy: orderBy) }

    func insert(into table: String, _ row: TableRow) throws { try writer.insert(into: table, row) }

    func update(_ table: String, id: Int64, _ values: TableRow) throws { try writer.update(table, id: id, values) }

    func deleteSeeded(from table: String, id: Int64) throws { try writer.deleteSeeded(from: table, id: id) }

    func continueIds(of table: String) throws { try writer.continueIds(of: table) }

    func auditHeads() throws -> [AuditChainHead] { try writer.auditHeads() }
}
