import GRDB
import QuoteModel

extension Person: ColumnRecord {
    public static var databaseTableName: String { "person" }

    /// The columns of a contact person's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, companyId, firstName, lastName, title, email, phone
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            companyId: try row.value(at: layout[.companyId]),
            firstName: try row.value(at: layout[.firstName]),
            lastName: try row.value(at: layout[.lastName]),
            title: try row.value(at: layout[.title]),
            email: try row.value(at: layout[.email]),
            phone: try row.value(at: layout[.phone]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.companyId] = companyId
        container[Columns.firstName] = firstName
        container[Columns.lastName] = lastName
        container[Columns.title] = title
        container[Columns.email] = email
        container[Columns.phone] = phone
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
