import GRDB
import QuoteModel

extension Sale: ColumnRecord {
    public static var databaseTableName: String { "sale" }

    /// The columns of a sale's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, number, title, ownerId, companyId, personId, saleTypeId, currency, status, amount, date
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            number: try row.value(at: layout[.number]),
            title: try row.value(at: layout[.title]),
            ownerId: try row.value(at: layout[.ownerId]),
            companyId: try row.value(at: layout[.companyId]),
            personId: try row.value(at: layout[.personId]),
            saleTypeId: try row.value(at: layout[.saleTypeId]),
            currency: try row.value(at: layout[.currency]),
            status: try row.value(at: layout[.status]),
            amount: try row.value(at: layout[.amount]),
            date: try row.value(at: layout[.date]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.number] = number
        container[Columns.title] = title
        container[Columns.ownerId] = ownerId
        container[Columns.companyId] = companyId
        container[Columns.personId] = personId
        container[Columns.saleTypeId] = saleTypeId
        container[Columns.currency] = currency
        container[Columns.status] = status
        container[Columns.amount] = amount
        container[Columns.date] = date
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
