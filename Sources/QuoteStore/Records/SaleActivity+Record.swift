import Foundation
import GRDB
import QuoteModel

extension SaleActivity: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "saleActivity" }

    /// Reads a sale activity from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            kind: try row.value("kind"),
            saleId: try row.value("saleId"),
            quoteVersionId: try row.value("quoteVersionId"),
            associateId: try row.value("associateId"),
            date: try row.value("date"),
            text: try row.value("text"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["kind"] = kind
        container["saleId"] = saleId
        container["quoteVersionId"] = quoteVersionId
        container["associateId"] = associateId
        container["date"] = date
        container["text"] = text
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
