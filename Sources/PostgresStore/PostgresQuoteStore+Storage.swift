import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension PostgresQuoteStore: QuoteStorage {
    public func snapshot<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        try reading { connection in try body(PostgresSession(connection: connection)) }
    }

    public func transaction<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        try writing { connection in try body(PostgresSession(connection: connection)) }
    }

    /// Checks that the database holds this build's schema, every migration applied. (The server
    /// keeps its own pages sound; `amcheck` and checksums are its administrator's tools.)
    public func verifyIntegrity() throws {
        let status = try migrationStatus()
        guard !status.applied.isEmpty, status.pending.isEmpty, status.unknown.isEmpty else {
            throw QuoteError(.corrupt, "database \(location.database) does not hold this build's quotedoc schema: run quotedoc db status")
        }
    }

    public func verifyAuditTrail(noted: [AuditChainHead]) throws -> AuditTrailReport {
        try reading { connection in try Self.auditReport(connection, noted: noted) }
    }

    /// The audit trail's report as `connection`'s transaction sees it.
    static func auditReport(_ connection: ServerConnection, noted: [AuditChainHead]) throws -> AuditTrailReport {
        try QuoteDatabase.auditTrailReport(noted: noted) { table in
            let canonical = PostgresSchema.canonicalText(table.rawValue, row: table.rawValue)
            return try connection.rows("SELECT id, chainHash, \(canonical) AS canonical FROM \(table.rawValue) ORDER BY id").map { row in
                AuditChain.Link(id: try row.value("id"), chainHash: String.fromDatabaseValue(row["chainHash"]), canonical: try row.value("canonical"))
            }
        }
    }

    public func orderedQuoteNumbers(_ selection: OrderSelection) throws -> [String] {
        try reading { connection in
            var conditions = ["acceptedAlternativeId IS NOT NULL"]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let since = selection.since { arguments.append(since); conditions.append("orderDate >= $\(arguments.count)") }
            if let until = selection.until { arguments.append(until); conditions.append("orderDate <= $\(arguments.count)") }
            let numbers: [String] = try connection.values(
                "SELECT number FROM quote WHERE \(conditions.joined(separator: " AND ")) ORDER BY id", arguments)
            guard let wanted = selection.quoteNumbers else { return numbers }
            let available = Set(numbers)
            return wanted.filter { available.contains($0) }
        }
    }

    public func documentSources(quoteNumbers: [String], alternatives scope: LoadedAlternatives) throws -> [String: Result<DocumentSource, QuoteError>] {
        try reading { connection in
            let session = PostgresSession(connection: connection)
            let ownCompany = try session.ownCompany()
            let fields = try session.fieldConfiguration()
            let settings = try session.settings()
            let quotes = try session.fetchAll(Quote.self, where: "number = ANY($1::text[])", [PostgresSession.textArray(quoteNumbers)])
            let sales = Dictionary(uniqueKeysWithValues: try session.fetchAll(
                Sale.self, where: "id = ANY($1::bigint[])", [PostgresSession.idArray(quotes.map(\.saleId))]).map { ($0.id!, $0) })
            let companies = Dictionary(uniqueKeysWithValues: try session.fetchAll(
                Company.self, where: "id = ANY($1::bigint[])", [PostgresSession.idArray(Set(sales.values.map(\.companyId)))]).map { ($0.id!, $0) })
            let people = Dictionary(uniqueKeysWithValues: try session.fetchAll(
                Person.self, where: "id = ANY($1::bigint[])", [PostgresSession.idArray(Set(sales.values.compactMap(\.personId)))]).map { ($0.id!, $0) })
            let associates = Dictionary(uniqueKeysWithValues: try session.fetchAll(Associate.self).map { ($0.id!, $0) })
            let saleTypes = Dictionary(uniqueKeysWithValues: try session.fetchAll(SaleType.self).map { ($0.id!, $0) })
            let versions = try session.fetchAll(
                QuoteVersion.self,
                where: "quoteId = ANY($1::bigint[]) AND rank = (SELECT max(rank) FROM quoteVersion latest WHERE latest.quoteId = quoteVersion.quoteId)",
                [PostgresSession.idArray(quotes.compactMap(\.id))])
            var alternatives = try session.fetchAll(
                QuoteAlternative.self, where: "versionId = ANY($1::bigint[])", [PostgresSession.idArray(versions.compactMap(\.id))],
                order: "versionId, rank, id")
            if scope == .favouriteAndAccepted {
                alternatives = QuoteDatabase.favouriteAndAccepted(alternatives, versions: versions, quotes: quotes)
            }
            let lines = try session.fetchAll(
                QuoteLine.self, where: "alternativeId = ANY($1::bigint[])", [PostgresSession.idArray(alternatives.compactMap(\.id))],
                order: "alternativeId, rank, id")
            let productIds = Set(lines.compactMap(\.productId))
            let images = try session.images(productIds: productIds)
            let stock = fields[.stock].isShown ? try session.stock(productIds: productIds) : [:]

            return DocumentSourceRows(
                quotes: quotes, sales: sales, companies: companies, people: people, associates: associates, saleTypes: saleTypes,
                versions: versions, alternatives: alternatives, linesByAlternative: Dictionary(grouping: lines, by: \.alternativeId),
                images: images, stock: stock, ownCompany: ownCompany,
                fields: fields, settings: settings
            ).sources(quoteNumbers)
        }
    }

    public func archivedHashes(paths: [String]) throws -> [String: Set<String>] {
        try reading { connection in try PostgresSession(connection: connection).archivedHashes(paths: paths) }
    }

    public func archiveConfirmations(_ entries: [ConfirmationArchive], now: Date) throws -> (activities: Int, documents: Int) {
        try writing { connection in try Self.archive(entries, connection: connection, now: now) }
    }

    /// Archives a page of confirmations within `connection`'s transaction
    /// (``ConfirmationArchivePlan``), with one insert of the new activities and one of the documents.
    static func archive(_ entries: [ConfirmationArchive], connection: ServerConnection, now: Date) throws -> (activities: Int, documents: Int) {
        let session = PostgresSession(connection: connection)
        let plan = try ConfirmationArchivePlan(entries, archived: try session.archivedHashes(paths: entries.flatMap { $0.documents.map(\.path) }))
        guard !plan.entries.isEmpty else { return (0, 0) }
        var activities = try confirmationActivities(connection, versionIds: plan.versionIds)
        let added = plan.newActivities(existing: activities, now: now)
        if !added.isEmpty {
            try session.insertRows(added)
            activities.merge(try confirmationActivities(connection, versionIds: added.compactMap(\.quoteVersionId))) { old, _ in old }
        }
        let documents = try plan.documents(activities: activities, now: now)
        try session.insertRows(documents)
        return (added.count, documents.count)
    }

    /// The first confirmation activity of each of `versionIds` that has one: a "confirmation
    /// issued", or the order's own activity when it holds the order confirmation.
    static func confirmationActivities(_ connection: ServerConnection, versionIds: [Int64]) throws -> [Int64: Int64] {
        let rows = try connection.rows("""
            SELECT a.quoteVersionId AS versionid, min(a.id) AS activityid FROM saleActivity a WHERE a.quoteVersionId = ANY($1::bigint[])
              AND (a.kind = 'confirmationIssued'
                OR (a.kind = 'orderPlaced' AND EXISTS (SELECT 1 FROM document d WHERE d.activityId = a.id AND d.kind = 'orderConfirmation')))
            GROUP BY a.quoteVersionId
            """, [PostgresSession.idArray(versionIds)])
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.value("versionid") as Int64, try $0.value("activityid") as Int64) })
    }
}
