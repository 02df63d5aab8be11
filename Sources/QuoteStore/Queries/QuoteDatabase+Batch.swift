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
            let quotes = try Quote.filter(quoteNumbers.contains(Column("number"))).fetchAll(db)
            let sales = Dictionary(uniqueKeysWithValues: try Sale.fetchAll(db, keys: quotes.map(\.saleId)).map { ($0.id!, $0) })
            let companies = Dictionary(uniqueKeysWithValues: try Company.fetchAll(db, keys: Set(sales.values.map(\.companyId))).map { ($0.id!, $0) })
            let people = Dictionary(uniqueKeysWithValues: try Person.fetchAll(db, keys: Set(sales.values.compactMap(\.personId))).map { ($0.id!, $0) })
            let associates = Dictionary(uniqueKeysWithValues: try Associate.fetchAll(db).map { ($0.id!, $0) })
            let saleTypes = Dictionary(uniqueKeysWithValues: try SaleType.fetchAll(db).map { ($0.id!, $0) })
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
            let lines = try Self.fetchAll(
                db,
                QuoteLine.filter(sql: "alternativeId IN (SELECT value FROM json_each(?))", arguments: [Self.jsonArray(alternatives.compactMap(\.id))])
                    .order(Column("alternativeId"), Column("rank"), Column("id")))
            let productIds = Set(lines.compactMap(\.productId))
            var images: [Int64: ProductImage] = [:]
            for product in try Product.filter(keys: productIds).filter(sql: "imageBytes IS NOT NULL").fetchAll(db) { images[product.id!] = product.image }
            // Stock only when a document can show it.
            let stock = fields[.stock].isShown ? try Self.stock(db, productIds: productIds) : [:]

            return DocumentSourceRows(
                quotes: quotes, sales: sales, companies: companies, people: people, associates: associates, saleTypes: saleTypes,
                versions: versions, alternatives: alternatives, lines: lines, images: images, stock: stock, ownCompany: ownCompany,
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
    /// was rendered from. The first confirmation of a version records one "confirmation issued"
    /// activity (unless the order's own activity holds one already); a document whose path and
    /// SHA-256 are archived already is not archived again. Returns how many activities and
    /// documents were added.
    public func archiveConfirmations(_ entries: [ConfirmationArchive], now: Date) throws(QuoteError) -> (activities: Int, documents: Int) {
        try write { db in
            var activities = 0
            var documents = 0
            let findDocument = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE path = ? AND sha256 = ? LIMIT 1")
            let findActivity = try db.cachedStatement(sql: """
                SELECT a.id FROM saleActivity a WHERE a.quoteVersionId = ? AND (a.kind = 'confirmationIssued'
                  OR (a.kind = 'orderPlaced' AND EXISTS (SELECT 1 FROM document d WHERE d.activityId = a.id AND d.kind = 'orderConfirmation')))
                ORDER BY a.id LIMIT 1
                """)
            for entry in entries {
                guard let versionId = entry.version.id, let saleId = entry.sale.id else {
                    throw QuoteError.notFound("quote", entry.quoteNumber)
                }
                var missing: [DocumentDraft] = []
                for draft in entry.documents where try Int.fetchOne(findDocument, arguments: [draft.path, draft.sha256]) == nil {
                    missing.append(draft)
                }
                guard !missing.isEmpty else { continue }
                let activityId: Int64
                if let existing = try Int64.fetchOne(findActivity, arguments: [versionId]) {
                    activityId = existing
                } else {
                    activityId = try SaleActivity(
                        kind: .confirmationIssued, saleId: saleId, quoteVersionId: versionId, associateId: entry.sale.ownerId, date: now,
                        text: "Order confirmation of quote \(entry.quoteNumber) version \(entry.version.rank) issued").inserted(db).id!
                    activities += 1
                }
                try Document.insertAll(missing.map { draft in
                    Document(
                        activityId: activityId, quoteVersionId: versionId, kind: draft.kind, format: draft.format, path: draft.path,
                        sha256: draft.sha256, byteSize: draft.byteSize, templateName: draft.templateName, templateHash: draft.templateHash,
                        engineVersion: draft.engineVersion, created: now)
                }, db)
                documents += missing.count
            }
            return (activities, documents)
        }
    }

    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
