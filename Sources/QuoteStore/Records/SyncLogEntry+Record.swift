import Foundation
import GRDB
import QuoteModel

extension SyncLogEntry: ColumnRecord {
    public static var databaseTableName: String { "syncLog" }

    /// The columns of the sync log's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, connectionId, companyCode, partyCode, operation, crmField, erpField, written, oldValue, newValue, isConflict, losingValue, user, at
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            connectionId: try row.value(at: layout[.connectionId]),
            companyCode: try row.value(at: layout[.companyCode]),
            partyCode: try row.value(at: layout[.partyCode]),
            operation: try row.value(at: layout[.operation]),
            crmField: try row.value(at: layout[.crmField]),
            erpField: try row.value(at: layout[.erpField]),
            written: try row.value(at: layout[.written]),
            oldValue: try row.value(at: layout[.oldValue]),
            newValue: try row.value(at: layout[.newValue]),
            isConflict: try row.value(at: layout[.isConflict]),
            losingValue: try row.value(at: layout[.losingValue]),
            user: try row.value(at: layout[.user]),
            at: try row.value(at: layout[.at]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.connectionId] = connectionId
        container[Columns.companyCode] = companyCode
        container[Columns.partyCode] = partyCode
        container[Columns.operation] = operation
        container[Columns.crmField] = crmField
        container[Columns.erpField] = erpField
        container[Columns.written] = written
        container[Columns.oldValue] = oldValue
        container[Columns.newValue] = newValue
        container[Columns.isConflict] = isConflict
        container[Columns.losingValue] = losingValue
        container[Columns.user] = user
        container[Columns.at] = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
