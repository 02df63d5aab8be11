import GRDB
import QuoteModel

extension Associate: ColumnRecord {
    public static var databaseTableName: String { "associate" }

    /// The columns of an associate's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, userName, name, title, email, canApproveQuote
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            userName: try row.value(at: layout[.userName]),
            name: try row.value(at: layout[.name]),
            title: try row.value(at: layout[.title]),
            email: try row.value(at: layout[.email]),
            canApproveQuote: try row.value(at: layout[.canApproveQuote]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.userName] = userName
        container[Columns.name] = name
        container[Columns.title] = title
        container[Columns.email] = email
        container[Columns.canApproveQuote] = canApproveQuote
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
