import GRDB
import QuoteModel

extension Person: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "person" }

    /// Reads a contact person from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            companyId: try row.value("companyId"),
            firstName: try row.value("firstName"),
            lastName: try row.value("lastName"),
            title: try row.value("title"),
            email: try row.value("email"),
            phone: try row.value("phone"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["companyId"] = companyId
        container["firstName"] = firstName
        container["lastName"] = lastName
        container["title"] = title
        container["email"] = email
        container["phone"] = phone
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
