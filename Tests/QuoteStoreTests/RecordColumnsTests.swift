import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

/// Every record's field list (its `Columns`) against its table in a fresh database: a schema
/// change the field list does not follow, in name or in order, fails here.
final class RecordColumnsTests: XCTestCase {
    /// Every record type of the store.
    static let records: [any ColumnRecord.Type] = [
        Associate.self, Company.self, Person.self, SaleType.self, Sale.self, PriceList.self, Product.self, Quote.self,
        QuoteVersion.self, StateChange.self, QuoteAlternative.self, QuoteLine.self, SaleActivity.self, Document.self,
        ERPConnection.self, VersionAttachment.self, SaleTypeAttachment.self, PartyLink.self, SyncLogEntry.self,
    ]

    func testEveryRecordsColumnsAreItsTablesColumnsInOrder() throws {
        let store = try QuoteDatabase.inMemory()
        for record in Self.records {
            try assertColumnsMatchTable(record, in: store)
        }
    }

    /// The one-row tables, the field configuration's tables and a connection's sync mappings and
    /// defaults are read and written as plain rows, without records.
    func testEveryTableButTheOneRowTablesTheFieldConfigurationAndTheSyncMappingsHasARecord() throws {
        let tables = try QuoteDatabase.inMemory().read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
        }
        XCTAssertEqual(Set(tables), Set(Self.records.map { $0.databaseTableName }).union([
            "ownCompany", "quoteSettings", "fieldSetting", "fieldLabel", "syncFieldMapping", "syncListMapping", "syncDefault",
        ]))
    }

    func testEveryColumnsOrdinalIsItsPlaceInTheDeclaration() {
        for record in Self.records {
            assertOrdinals(record)
        }
    }

    private func assertColumnsMatchTable<Record: ColumnRecord>(_: Record.Type, in store: QuoteDatabase) throws {
        // The audit trail's chain hash is the database's own (its triggers fill it), no field of a record.
        let table = try store.read { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(\(Record.databaseTableName))").map { $0["name"] as String }
        }.filter { $0 != "chainHash" }
        XCTAssertFalse(table.isEmpty, Record.databaseTableName)
        XCTAssertEqual(Record.Columns.allCases.map(\.rawValue), table, "\(Record.self).Columns against table \(Record.databaseTableName)")
    }

    private func assertOrdinals<Record: ColumnRecord>(_: Record.Type) {
        let columns = Record.Columns.allCases
        XCTAssertEqual(columns.map(\.ordinal), Array(columns.indices), "\(Record.self).Columns")
    }
}
