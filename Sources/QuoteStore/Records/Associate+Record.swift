import GRDB
import QuoteModel

extension Associate: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "associate" }

    /// Reads an associate from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            userName: try row.value("userName"),
            name: try row.value("name"),
            title: try row.value("title"),
            email: try row.value("email"),
            canApproveQuote: try row.value("canApproveQuote"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["userName"] = userName
        container["name"] = name
        container["title"] = title
        container["email"] = email
        container["canApproveQuote"] = canApproveQuote
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
