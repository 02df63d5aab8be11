import GRDB
import QuoteModel

extension PriceList: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "priceList" }

    /// Reads a price list from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            name: try row.value("name"),
            description: try row.value("description"),
            currency: try row.value("currency"),
            validFrom: try row.value("validFrom"),
            validTo: try row.value("validTo"),
            isActive: try row.value("isActive"),
            isERPCopy: try row.value("isERPCopy"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["description"] = description
        container["currency"] = currency
        container["validFrom"] = validFrom
        container["validTo"] = validTo
        container["isActive"] = isActive
        container["isERPCopy"] = isERPCopy
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
