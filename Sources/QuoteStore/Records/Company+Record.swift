import GRDB
import QuoteModel

extension Company: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "company" }

    /// Reads a company from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            code: try row.value("code"),
            name: try row.value("name"),
            address: try row.address(prefix: ""),
            phone: try row.value("phone"),
            fax: try row.value("fax"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["code"] = code
        container["name"] = name
        container.encode(address, prefix: "")
        container["phone"] = phone
        container["fax"] = fax
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
