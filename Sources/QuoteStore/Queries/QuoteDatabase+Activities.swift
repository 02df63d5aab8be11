import Foundation
import GRDB
import QuoteModel
import StorageInterface

extension QuoteDatabase {
    /// Inserts an activity and its documents.
    static func record(_ activity: SaleActivity, documents: [DocumentDraft], versionId: Int64?, now: Date, _ db: Database) throws -> SaleActivity {
        let activity = try activity.inserted(db)
        for draft in documents {
            guard let versionId else { throw QuoteError(.invalid, "a document belongs to a quote version") }
            var document = Document(
                activityId: activity.id, quoteVersionId: versionId, kind: draft.kind, format: draft.format, path: draft.path,
                sha256: draft.sha256, byteSize: draft.byteSize, templateName: draft.templateName, templateHash: draft.templateHash,
                engineVersion: draft.engineVersion, created: now)
            try document.insert(db)
        }
        return activity
    }

    // MARK: Activities and documents

    /// One activity with its documents.
    public func activity(id: Int64) throws(QuoteError) -> ActivityRecord {
        guard let record = try activities(ActivityFilter(id: id)).first else { throw QuoteError(.notFound, "no activity \(id)", value: "\(id)") }
        return record
    }

    /// Activities, oldest first; of one sale, one quote, and/or since a day when given.
    public func activities(saleNumber: String? = nil, quoteNumber: String? = nil, since: Date? = nil) throws(QuoteError) -> [ActivityRecord] {
        try activities(ActivityFilter(saleNumber: saleNumber, quoteNumber: quoteNumber, since: since))
    }

    func activities(_ filter: ActivityFilter) throws(QuoteError) -> [ActivityRecord] {
        try read { db in try Self.activities(db, filter) }
    }

    /// The activities `filter` selects, with their documents, oldest first.
    static func activities(_ db: Database, _ filter: ActivityFilter) throws -> [ActivityRecord] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let id = filter.id { conditions.append("saleActivity.id = ?"); arguments.append(id) }
        if let saleNumber = filter.saleNumber { conditions.append("sale.number = ?"); arguments.append(saleNumber) }
        if let quoteNumber = filter.quoteNumber { conditions.append("quote.number = ?"); arguments.append(quoteNumber) }
        if let since = filter.since { conditions.append("saleActivity.date >= ?"); arguments.append(since) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT saleActivity.*, sale.number AS saleNumber, quote.number AS quoteNumber, v.rank AS version,
                   associate.userName AS associateUserName
            FROM saleActivity
            JOIN sale ON sale.id = saleActivity.saleId
            JOIN associate ON associate.id = saleActivity.associateId
            LEFT JOIN quoteVersion v ON v.id = saleActivity.quoteVersionId
            LEFT JOIN quote ON quote.id = v.quoteId
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
            ORDER BY saleActivity.date, saleActivity.id
            """, arguments: StatementArguments(arguments))
        let ids = rows.map { $0["id"] as Int64 }
        let documents = try Document.filter(ids.contains(Column("activityId"))).order(Column("id")).fetchAll(db)
        let byActivity = Dictionary(grouping: documents) { $0.activityId ?? 0 }
        return try rows.map { row in
            let activity = try SaleActivity(row: row)
            return ActivityRecord(
                activity: activity, saleNumber: try row.value("saleNumber"), quoteNumber: try row.value("quoteNumber"),
                version: try row.value("version"), associateUserName: try row.value("associateUserName"),
                documents: byActivity[activity.id!] ?? [])
        }
    }

    /// Every archived document, oldest first.
    public func documents() throws(QuoteError) -> [Document] {
        try read { db in try Document.order(Column("id")).fetchAll(db) }
    }
}

extension QuoteDatabase {
    /// The archived documents whose files lie directly in `folder` (an absolute path).
    public func documents(inFolder folder: String) throws(QuoteError) -> [Document] {
        try read { db in try Self.documents(db, inFolder: folder) }
    }

    static func documents(_ db: Database, inFolder folder: String) throws -> [Document] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // A range on the path index: every path that starts with the prefix sorts between it and
        // the prefix with its last character ('/') raised by one ('0').
        let end = String(prefix.dropLast()) + "0"
        return try Document.filter(sql: "path >= ? AND path < ?", arguments: [prefix, end]).fetchAll(db)
            .filter { !$0.path.dropFirst(prefix.count).contains("/") }
    }

    /// The SHA-256 hashes archived for each of `paths` (a path may have several, after re-issues).
    public func archivedHashes(paths: [String]) throws(QuoteError) -> [String: Set<String>] {
        try read { db in try Self.archivedHashes(db, paths: paths) }
    }

    static func archivedHashes(_ db: Database, paths: [String]) throws -> [String: Set<String>] {
        let statement = try db.cachedStatement(sql: "SELECT sha256 FROM document WHERE path = ?")
        var hashes: [String: Set<String>] = [:]
        for path in paths {
            let found = try String.fetchAll(statement, arguments: [path])
            if !found.isEmpty { hashes[path] = Set(found) }
        }
        return hashes
    }
}
