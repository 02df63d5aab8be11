import GRDB
import QuoteModel

extension Quote: ColumnRecord {
    public static var databaseTableName: String { "quote" }

    /// The columns of a quote's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, saleId, number, connectionName, poNumber, orderComment, acceptedAlternativeId, orderDate
        case erpOrderKey, erpOrderNumber, erpOrderState
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            saleId: try row.value(at: layout[.saleId]),
            number: try row.value(at: layout[.number]),
            connectionName: try row.value(at: layout[.connectionName]),
            poNumber: try row.value(at: layout[.poNumber]),
            orderComment: try row.value(at: layout[.orderComment]),
            acceptedAlternativeId: try row.value(at: layout[.acceptedAlternativeId]),
            orderDate: try row.value(at: layout[.orderDate]),
            erpOrderKey: try row.value(at: layout[.erpOrderKey]),
            erpOrderNumber: try row.value(at: layout[.erpOrderNumber]),
            erpOrderState: try row.value(at: layout[.erpOrderState]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.saleId] = saleId
        container[Columns.number] = number
        container[Columns.connectionName] = connectionName
        container[Columns.poNumber] = poNumber
        container[Columns.orderComment] = orderComment
        container[Columns.acceptedAlternativeId] = acceptedAlternativeId
        container[Columns.orderDate] = orderDate
        container[Columns.erpOrderKey] = erpOrderKey
        container[Columns.erpOrderNumber] = erpOrderNumber
        container[Columns.erpOrderState] = erpOrderState
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
