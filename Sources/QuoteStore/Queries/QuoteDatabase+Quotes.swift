import GRDB
import QuoteModel
import StorageInterface



extension QuoteDatabase {
    /// Quotes by number, each with its active (latest) version; only those whose active version
    /// is in `state` when given.
    public func quotes(state: VersionState? = nil) throws(QuoteError) -> [QuoteSummary] {
        try read { db in try Self.quoteSummaries(db, state: state) }
    }

    /// ``quotes(state:)`` within a transaction the caller holds.
    static func quoteSummaries(_ db: Database, state: VersionState?) throws -> [QuoteSummary] {
        var sql = QuoteSummary.sql
        var arguments: StatementArguments = []
        if let state {
            sql += " WHERE v.state = ?"
            arguments += [state]
        }
        sql += " ORDER BY CAST(quote.number AS INTEGER), quote.number"
        return try QuoteSummary.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The quote with this number at `version` (the active one when nil).
    public func quote(number: String, version: Int? = nil) throws(QuoteError) -> QuoteDetail {
        try read { db in try Self.quoteDetail(db, number: number, version: version) }
    }

    /// The quote with this number at `version` (the active one when nil), read within a transaction the caller holds.
    static func quoteDetail(_ db: Database, number: String, version: Int?) throws -> QuoteDetail {
        guard let quote = try Quote.filter(Column("number") == number).fetchOne(db) else {
            throw QuoteError.notFound("quote", number)
        }
        let versions = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
        guard let active = versions.last else {
            throw QuoteError(.invalid, "quote '\(number)' has no version")
        }
        let shown: QuoteVersion
        if let version {
            guard let match = versions.first(where: { $0.rank == version }) else {
                throw QuoteError(.notFound, "quote '\(number)' has no version \(version) (it has 1 to \(active.rank))", value: "\(version)", quote: number)
            }
            shown = match
        } else {
            shown = active
        }
        let sale = try Sale.fetchOne(db, key: quote.saleId)!
        return QuoteDetail(
            quote: quote, sale: sale,
            company: try Company.fetchOne(db, key: sale.companyId)!,
            person: try sale.personId.flatMap { try Person.fetchOne(db, key: $0) },
            owner: try Associate.fetchOne(db, key: sale.ownerId)!,
            saleType: try SaleType.fetchOne(db, key: sale.saleTypeId)!,
            versions: versions.map { QuoteDetail.VersionHeader(rank: $0.rank, state: $0.state) },
            version: try loadTree(db, version: shown))
    }

    /// Inserts a version with its alternatives and lines; the favourite is the alternative at
    /// `favouriteIndex`. Returns the tree with every id filled in.
    @discardableResult
    public static func insert(_ db: Database, _ tree: VersionWithAlternatives, favouriteIndex: Int = 0) throws -> VersionWithAlternatives {
        var result = tree
        // The version starts as a draft, so its alternatives and lines can go in; then it takes
        // its state (which may be a frozen one, such as sold for an imported order).
        let state = result.version.state
        result.version.favouriteAlternativeId = nil
        result.version.state = .draft
        try result.version.insert(db)
        for index in result.alternatives.indices {
            result.alternatives[index].alternative.versionId = result.version.id!
            try result.alternatives[index].alternative.insert(db)
            let alternativeId = result.alternatives[index].alternative.id!
            for lineIndex in result.alternatives[index].lines.indices {
                result.alternatives[index].lines[lineIndex].alternativeId = alternativeId
                try result.alternatives[index].lines[lineIndex].insert(db)
            }
        }
        if result.alternatives.indices.contains(favouriteIndex) {
            result.version.favouriteAlternativeId = result.alternatives[favouriteIndex].alternative.id
        }
        result.version.state = state
        try result.version.update(db, columns: ["favouriteAlternativeId", "state"])
        return result
    }

    /// Writes an edited tree over the version it was loaded from: new alternatives and lines are
    /// inserted, changed ones updated, missing ones deleted, ranks renumbered from 1. Records
    /// that did not change are not written.
    static func save(_ db: Database, _ tree: VersionWithAlternatives, replacing original: VersionWithAlternatives) throws {
        var tree = tree
        let versionId = original.version.id!
        let originalAlternatives = Dictionary(uniqueKeysWithValues: original.alternatives.map { ($0.alternative.id!, $0.alternative) })
        let originalLines = Dictionary(uniqueKeysWithValues: original.alternatives.flatMap(\.lines).map { ($0.id!, $0) })
        for index in tree.alternatives.indices {
            tree.alternatives[index].alternative.versionId = versionId
            tree.alternatives[index].alternative.rank = index + 1
            let alternative = tree.alternatives[index].alternative
            if alternative.id == nil || originalAlternatives[alternative.id!] != alternative {
                try tree.alternatives[index].alternative.save(db)
            }
            let alternativeId = tree.alternatives[index].alternative.id!
            for lineIndex in tree.alternatives[index].lines.indices {
                tree.alternatives[index].lines[lineIndex].alternativeId = alternativeId
                tree.alternatives[index].lines[lineIndex].rank = lineIndex + 1
                let line = tree.alternatives[index].lines[lineIndex]
                if line.id == nil || originalLines[line.id!] != line {
                    try tree.alternatives[index].lines[lineIndex].save(db)
                }
            }
        }
        let keptAlternatives = tree.alternatives.compactMap(\.alternative.id)
        if !keptAlternatives.contains(where: { $0 == tree.version.favouriteAlternativeId }) {
            tree.version.favouriteAlternativeId = keptAlternatives.first
        }
        if tree.version != original.version { try tree.version.update(db) }
        let keptLines = Set(tree.alternatives.flatMap { $0.lines.compactMap(\.id) })
        let removedLines = originalLines.keys.filter { !keptLines.contains($0) }
        if !removedLines.isEmpty { try QuoteLine.deleteAll(db, keys: removedLines) }
        let removedAlternatives = originalAlternatives.keys.filter { !keptAlternatives.contains($0) }
        if !removedAlternatives.isEmpty { try QuoteAlternative.deleteAll(db, keys: removedAlternatives) }
    }

    /// Loads a version's alternatives and lines, in rank order.
    static func loadTree(_ db: Database, version: QuoteVersion) throws -> VersionWithAlternatives {
        let alternatives = try QuoteAlternative.filter(Column("versionId") == version.id).order(Column("rank"), Column("id")).fetchAll(db)
        let lines = try fetchAll(
            db,
            QuoteLine.filter(sql: "alternativeId IN (SELECT id FROM quoteAlternative WHERE versionId = ?)", arguments: [version.id])
                .order(Column("rank"), Column("id")))
        let linesByAlternative = Dictionary(grouping: lines, by: \.alternativeId)
        return VersionWithAlternatives(
            version: version,
            alternatives: alternatives.map { AlternativeWithLines(alternative: $0, lines: linesByAlternative[$0.id!] ?? []) })
    }
}

extension QuoteSummary: FetchableRecord {
    /// Every quote with its active version `v` and favourite total (either store's SQL).
    package static let sql = """
        SELECT quote.number, sale.number AS saleNumber, company.name AS companyName, sale.currency,
               v.rank, v.state, v.sentDate, v.expirationDate,
               coalesce(
                 (SELECT totalPrice FROM quoteAlternative WHERE id = v.favouriteAlternativeId),
                 (SELECT totalPrice FROM quoteAlternative WHERE versionId = v.id ORDER BY rank LIMIT 1)
               ) AS totalPrice
        FROM quote
        JOIN sale ON sale.id = quote.saleId
        JOIN company ON company.id = sale.companyId
        JOIN quoteVersion v ON v.quoteId = quote.id
         AND v.rank = (SELECT max(rank) FROM quoteVersion WHERE quoteId = quote.id)
        """

    public init(row: Row) throws {
        self.init(
            number: try row.value("number"), saleNumber: try row.value("saleNumber"), companyName: try row.value("companyName"),
            currency: try row.value("currency"), version: try row.value("rank"), state: try row.value("state"),
            totalPrice: try row.value("totalPrice"), sentDate: try row.value("sentDate"), expirationDate: try row.value("expirationDate"))
    }
}
