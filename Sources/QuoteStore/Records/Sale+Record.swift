import GRDB
import QuoteModel

extension Sale: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "sale" }

    /// Reads a sale from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            number: try row.value("number"),
            title: try row.value("title"),
            ownerId: try row.value("ownerId"),
            companyId: try row.value("companyId"),
            personId: try row.value("personId"),
            saleTypeId: try row.value("saleTypeId"),
            currency: try row.value("currency"),
            status: try row.value("status"),
            amount: try row.value("amount"),
            date: try row.value("date"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["number"] = number
        container["title"] = title
        container["ownerId"] = ownerId
        container["companyId"] = companyId
        container["personId"] = personId
        container["saleTypeId"] = saleTypeId
        container["currency"] = currency
        container["status"] = status
        container["amount"] = amount
        container["date"] = date
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
