import Foundation
import GRDB
import QuoteModel

extension Document: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "document" }

    /// Reads a document from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            activityId: try row.value("activityId"),
            quoteVersionId: try row.value("quoteVersionId"),
            kind: try row.value("kind"),
            format: try row.value("format"),
            path: try row.value("path"),
            sha256: try row.value("sha256"),
            byteSize: try row.value("byteSize"),
            templateName: try row.value("templateName"),
            templateHash: try row.value("templateHash"),
            engineVersion: try row.value("engineVersion"),
            created: try row.value("created"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["activityId"] = activityId
        container["quoteVersionId"] = quoteVersionId
        container["kind"] = kind
        container["format"] = format
        container["path"] = path
        container["sha256"] = sha256
        container["byteSize"] = byteSize
        container["templateName"] = templateName
        container["templateHash"] = templateHash
        container["engineVersion"] = engineVersion
        container["created"] = created
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension Document {
    /// Archives documents with one prepared statement: a batch archives thousands of them, and
    /// the record's own `insert` encodes each into a container and fetches its id back.
    /// The columns are those `encode(to:)` writes, `id` left to the database.
    static func insertAll(_ documents: [Document], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO document (activityId, quoteVersionId, kind, format, path, sha256, byteSize, templateName, templateHash, engineVersion, created)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for document in documents {
            try statement.execute(arguments: [
                document.activityId, document.quoteVersionId, document.kind, document.format, document.path, document.sha256,
                document.byteSize, document.templateName, document.templateHash, document.engineVersion, document.created,
            ])
        }
    }
}
