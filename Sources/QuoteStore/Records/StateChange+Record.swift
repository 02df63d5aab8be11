import GRDB
import QuoteModel

extension StateChange: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "versionStateChange" }

    /// Reads a state change from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            quoteVersionId: try row.value("quoteVersionId"),
            from: try row.value("fromState"),
            to: try row.value("toState"),
            associateId: try row.value("associateId"),
            at: try row.value("at"),
            note: try row.value("note"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["quoteVersionId"] = quoteVersionId
        container["fromState"] = from
        container["toState"] = to
        container["associateId"] = associateId
        container["at"] = at
        container["note"] = note
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
