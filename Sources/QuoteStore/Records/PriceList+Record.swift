import GRDB
import QuoteModel

extension PriceList: ColumnRecord {
    public static var databaseTableName: String { "priceList" }

    /// The columns of a price list's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, name, description, currency, validFrom, validTo, isActive, isERPCopy
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            name: try row.value(at: layout[.name]),
            description: try row.value(at: layout[.description]),
            currency: try row.value(at: layout[.currency]),
            validFrom: try row.value(at: layout[.validFrom]),
            validTo: try row.value(at: layout[.validTo]),
            isActive: try row.value(at: layout[.isActive]),
            isERPCopy: try row.value(at: layout[.isERPCopy]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.name] = name
        container[Columns.description] = description
        container[Columns.currency] = currency
        container[Columns.validFrom] = validFrom
        container[Columns.validTo] = validTo
        container[Columns.isActive] = isActive
        container[Columns.isERPCopy] = isERPCopy
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
