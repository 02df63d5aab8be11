import GRDB
import QuoteModel

extension StateChange: ColumnRecord {
    public static var databaseTableName: String { "versionStateChange" }

    /// The columns of a state change's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, quoteVersionId, fromState, toState, associateId, at, note
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            quoteVersionId: try row.value(at: layout[.quoteVersionId]),
            from: try row.value(at: layout[.fromState]),
            to: try row.value(at: layout[.toState]),
            associateId: try row.value(at: layout[.associateId]),
            at: try row.value(at: layout[.at]),
            note: try row.value(at: layout[.note]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.quoteVersionId] = quoteVersionId
        container[Columns.fromState] = from
        container[Columns.toState] = to
        container[Columns.associateId] = associateId
        container[Columns.at] = at
        container[Columns.note] = note
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
