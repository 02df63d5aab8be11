import Foundation
import GRDB
import QuoteModel
import StorageInterface

extension QuoteDatabase {
    /// The numbers of the quotes with an order placed that `selection` covers, in quote order.
    public func orderedQuoteNumbers(_ selection: OrderSelection) throws(QuoteError) -> [String] {
        try read { db in
            var conditions = ["acceptedAlternativeId IS NOT NULL"]
            var arguments: [any DatabaseValueConvertible] = []
            if let since = selection.since { conditions.append("orderDate >= ?"); arguments.append(since) }
            if let until = selection.until { conditions.append("orderDate <= ?"); arguments.append(until) }
            let numbers = try String.fetchAll(db, sql: "SELECT number FROM quote WHERE \(conditions.joined(separator: " AND ")) ORDER BY id", arguments: StatementArguments(arguments))
            guard let wanted = selection.quoteNumbers else { return numbers }
            let available = Set(numbers)
            return wanted.filter { available.contains($0) }
        }
    }

    /// The document sources of several quotes (their active versions), read in one transaction
    /// with a handful of queries whatever their number. A quote that cannot be read is returned
    /// as a failure with the reason, so one bad quote does not stop the rest.
    ///
    /// - Parameter alternatives: which alternatives to read; the others are not in the versions.
    public func documentSources(quoteNumbers: [String], alternatives scope: LoadedAlternatives = .all) throws(QuoteError) -> [String: Result<DocumentSource, QuoteError>] {
        try read { db in
            let ownCompany = try Self.ownCompany(db)
            let fields = try Self.fieldConfiguration(db)
            let settings = try Self.settings(db)
            // Every table through `fetchAll(_:_:)`, which works out the column layout once per
            // query: a record's own `init(row:)` matches the columns by name for each row.
            let quotes = try Self.fetchAll(db, Quote.filter(quoteNumbers.contains(Column("number"))))
            let sales = Dictionary(uniqueKeysWithValues: try Self.fetchAll(db, Sale.filter(keys: quotes.map(\.saleId))).map { ($0.id!, $0) })
            let companies = Dictionary(uniqueKeysWithValues: try Self.fetchAll(db, Company.filter(keys: Set(sales.values.map(\.companyId)))).map { ($0.id!, $0) })
            let people = Dictionary(uniqueKeysWithValues: try Self.fetchAll(db, Person.filter(keys: Set(sales.values.compactMap(\.personId)))).map { ($0.id!, $0) })
            let associates = Dictionary(uniqueKeysWithValues: try Self.fetchAll(db, Associate.all()).map { ($0.id!, $0) })
            let saleTypes = Dictionary(uniqueKeysWithValues: try Self.fetchAll(db, SaleType.all()).map { ($0.id!, $0) })
            let versions: [QuoteVersion] = try Self.fetchAll(db, sql: """
                SELECT * FROM quoteVersion v WHERE v.quoteId IN (SELECT value FROM json_each(?))
                AND v.rank = (SELECT max(rank) FROM quoteVersion WHERE quoteId = v.quoteId)
                """, arguments: [Self.jsonArray(quotes.compactMap(\.id))])
            let versionIds = versions.compactMap(\.id)
            var alternatives: [QuoteAlternative] = try Self.fetchAll(
                db, sql: "SELECT * FROM quoteAlternative WHERE versionId IN (SELECT value FROM json_each(?)) ORDER BY versionId, rank, id",
                arguments: [Self.jsonArray(versionIds)])
            if scope == .favouriteAndAccepted {
                alternatives = Self.favouriteAndAccepted(alternatives, versions: versions, quotes: quotes)
            }
            let linesByAlternative = try Self.fetchGrouped(
                db,
                QuoteLine.filter(sql: "alternativeId IN (SELECT value FROM json_each(?))", arguments: [Self.jsonArray(alternatives.compactMap(\.id))])
                    .order(Column("alternativeId"), Column("rank"), Column("id")),
                by: \.alternativeId)
            let productIds = Set(linesByAlternative.values.joined().compactMap(\.productId))
            var images: [Int64: ProductImage] = [:]
            for product in try Self.fetchAll(db, Product.filter(keys: productIds).filter(sql: "imageBytes IS NOT NULL")) { images[product.id!] = product.image }
            // Stock only when a document can show it.
            let stock = fields[.stock].isShown ? try Self.stock(db, productIds: productIds) : [:]

            return DocumentSourceRows(
                quotes: quotes, sales: sales, companies: companies, people: people, associates: associates, saleTypes: saleTypes,
                versions: versions, alternatives: alternatives, linesByAlternative: linesByAlternative, images: images, stock: stock, ownCompany: ownCompany,
                fields: fields, settings: settings
            ).sources(quoteNumbers)
        }
    }

    /// Of `alternatives` (ordered by version and rank), each version's favourite — the first when
    /// none is marked — and the alternative its quote's order accepted.
    package static func favouriteAndAccepted(_ alternatives: [QuoteAlternative], versions: [QuoteVersion], quotes: [Quote]) -> [QuoteAlternative] {
        let acceptedByQuote = Dictionary(quotes.compactMap { quote in quote.id.map { ($0, quote.acceptedAlternativeId) } }, uniquingKeysWith: { first, _ in first })
        let alternativesByVersion = Dictionary(grouping: alternatives, by: \.versionId)
        var wanted: Set<Int64> = []
        for version in versions {
            guard let id = version.id, let own = alternativesByVersion[id] else { continue }
            let favourite = own.first { $0.id != nil && $0.id == version.favouriteAlternativeId } ?? own.first
            if let favouriteId = favourite?.id { wanted.insert(favouriteId) }
            if let acceptedId = acceptedByQuote[version.quoteId] ?? nil { wanted.insert(acceptedId) }
        }
        return alternatives.filter { $0.id.map(wanted.contains) ?? false }
    }

    /// Archives a page of batch confirmations in one transaction, each against the version it
    /// was rendered from (``ConfirmationArchivePlan``), with one insert of the new activities and
    /// one of the documents. Returns how many activities and documents were added.
    public func archiveConfirmations(_ entries: [ConfirmationArchive], now: Date) throws(QuoteError) -> (activities: Int, documents: Int) {
        try write { db in
            let plan = try ConfirmationArchivePlan(entries, archived: try Self.archivedHashes(db, paths: entries.flatMap { $0.documents.map(\.path) }))
            guard !plan.entries.isEmpty else { return (0, 0) }
            var activities = try Self.confirmationActivities(db, versionIds: plan.versionIds)
            let added = plan.newActivities(existing: activities, now: now)
            if !added.isEmpty {
                try db.insertRows(added)
                activities.merge(try Self.confirmationActivities(db, versionIds: added.compactMap(\.quoteVersionId))) { old, _ in old }
            }
            let documents = try plan.documents(activities: activities, now: now)
            try db.insertRows(documents)
            return (added.count, documents.count)
        }
    }

    /// The first confirmation activity of each of `versionIds` that has one: a "confirmation
    /// issued", or the order's own activity when it holds the order confirmation.
    static func confirmationActivities(_ db: Database, versionIds: [Int64]) throws -> [Int64: Int64] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.quoteVersionId, min(a.id) FROM saleActivity a WHERE a.quoteVersionId IN (SELECT value FROM json_each(?))
              AND (a.kind = 'confirmationIssued'
                OR (a.kind = 'orderPlaced' AND EXISTS (SELECT 1 FROM document d WHERE d.activityId = a.id AND d.kind = 'orderConfirmation')))
            GROUP BY a.quoteVersionId
            """, arguments: [jsonArray(versionIds)])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as Int64) })
    }

    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
