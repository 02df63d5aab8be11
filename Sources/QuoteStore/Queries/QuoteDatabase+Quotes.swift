import GRDB
import QuoteModel

/// A quote as listed: its active version's state and favourite total.
public struct QuoteSummary: Sendable, Hashable, Codable, FetchableRecord {
    public var number: String
    public var saleNumber: String
    public var companyName: String
    public var currency: Currency
    public var versionRank: Int
    public var state: VersionState
    public var totalPrice: ExactDecimal?
    public var sentDate: LocalDate?
    public var expirationDate: LocalDate?

    public init(row: Row) throws {
        number = try row.value("number")
        saleNumber = try row.value("saleNumber")
        companyName = try row.value("companyName")
        currency = try row.value("currency")
        versionRank = try row.value("rank")
        state = try row.value("state")
        totalPrice = try row.value("totalPrice")
        sentDate = try row.value("sentDate")
        expirationDate = try row.value("expirationDate")
    }
}

/// A quote with its sale, its parties, the ranks and states of all its versions, and one
/// version in full.
public struct QuoteDetail: Sendable, Hashable, Codable {
    /// One version's rank and state, for the version list.
    public struct VersionHeader: Sendable, Hashable, Codable {
        public var rank: Int
        public var state: VersionState

        public init(rank: Int, state: VersionState) {
            self.rank = rank
            self.state = state
        }
    }

    public var quote: Quote
    public var sale: Sale
    public var company: Company
    public var person: Person?
    public var owner: Associate
    public var saleType: SaleType
    public var versions: [VersionHeader]
    /// The version asked for (the active one by default), with its alternatives and lines.
    public var version: VersionWithAlternatives

    public init(
        quote: Quote, sale: Sale, company: Company, person: Person?, owner: Associate, saleType: SaleType,
        versions: [VersionHeader], version: VersionWithAlternatives
    ) {
        self.quote = quote
        self.sale = sale
        self.company = company
        self.person = person
        self.owner = owner
        self.saleType = saleType
        self.versions = versions
        self.version = version
    }
}

extension QuoteDatabase {
    /// Quotes by number, each with its active (latest) version; only those whose active version
    /// is in `state` when given.
    public func quotes(state: VersionState? = nil) throws(StoreError) -> [QuoteSummary] {
        try read { db in
            var sql = """
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
            var arguments: StatementArguments = []
            if let state {
                sql += " WHERE v.state = ?"
                arguments += [state]
            }
            sql += " ORDER BY CAST(quote.number AS INTEGER), quote.number"
            return try QuoteSummary.fetchAll(db, sql: sql, arguments: arguments)
        }
    }

    /// The quote with this number, showing version `rank` (the active one when nil).
    public func quote(number: String, rank: Int? = nil) throws(StoreError) -> QuoteDetail {
        try read { db in try Self.quoteDetail(db, number: number, rank: rank) }
    }

    /// The quote with this number at version `rank`, read within a transaction the caller holds.
    static func quoteDetail(_ db: Database, number: String, rank: Int?) throws -> QuoteDetail {
        guard let quote = try Quote.filter(Column("number") == number).fetchOne(db) else {
            throw StoreError.notFound("quote", number)
        }
        let versions = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
        guard let active = versions.last else {
            throw StoreError(.invalid, "quote '\(number)' has no version")
        }
        let shown: QuoteVersion
        if let rank {
            guard let match = versions.first(where: { $0.rank == rank }) else {
                throw StoreError(.notFound, "quote '\(number)' has no version \(rank) (it has 1 to \(active.rank))")
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

    /// Creates the quote of a sale: version 1 as a draft, with one empty alternative that is the
    /// favourite, and the company's address as delivery and invoice address.
    public func createQuote(saleNumber: String, quoteNumber: String? = nil, alternativeName: String = "Standard") throws(StoreError) -> QuoteDetail {
        let number = try write { db -> String in
            guard let sale = try Sale.filter(Column("number") == saleNumber).fetchOne(db) else {
                throw StoreError.notFound("sale", saleNumber)
            }
            guard sale.status == .open else {
                throw StoreError(.invalid, "sale \(saleNumber) is \(sale.status.rawValue); a quote can only be made on an open sale")
            }
            if let existing = try Quote.filter(Column("saleId") == sale.id).fetchOne(db) {
                throw StoreError(.duplicate, "sale \(saleNumber) has quote \(existing.number) already; a sale has at most one quote")
            }
            let company = try Company.fetchOne(db, key: sale.companyId)!
            let quote = try Quote(saleId: sale.id!, number: quoteNumber ?? sale.number).inserted(db)
            let version = QuoteVersion(quoteId: quote.id!, deliveryAddress: company.address, invoiceAddress: company.address)
            let alternative = QuoteAlternative(versionId: 0, name: alternativeName)
            try Self.insert(db, VersionWithAlternatives(version: version, alternatives: [AlternativeWithLines(alternative: alternative, lines: [])]))
            return quote.number
        }
        return try quote(number: number)
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

    /// Loads a version's alternatives and lines, in rank order.
    static func loadTree(_ db: Database, version: QuoteVersion) throws -> VersionWithAlternatives {
        let alternatives = try QuoteAlternative.filter(Column("versionId") == version.id).order(Column("rank"), Column("id")).fetchAll(db)
        let lines = try fetchAll(
            db,
            QuoteLine.filter(sql: "alternativeId IN (SELECT id FROM quoteAlternative WHERE versionId = ?)", arguments: [version.id])
                .order(Column("rank"), Column("id")),
            columns: QuoteLine.columnNames, read: QuoteLine.init(row:layout:))
        let linesByAlternative = Dictionary(grouping: lines, by: \.alternativeId)
        return VersionWithAlternatives(
            version: version,
            alternatives: alternatives.map { AlternativeWithLines(alternative: $0, lines: linesByAlternative[$0.id!] ?? []) })
    }
}
