import GRDB
import QuoteModel

extension Quote: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quote" }

    /// Reads a quote from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            saleId: try row.value("saleId"),
            number: try row.value("number"),
            connectionName: try row.value("connectionName"),
            poNumber: try row.value("poNumber"),
            orderComment: try row.value("orderComment"),
            acceptedAlternativeId: try row.value("acceptedAlternativeId"),
            orderDate: try row.value("orderDate"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["saleId"] = saleId
        container["number"] = number
        container["connectionName"] = connectionName
        container["poNumber"] = poNumber
        container["orderComment"] = orderComment
        container["acceptedAlternativeId"] = acceptedAlternativeId
        container["orderDate"] = orderDate
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
