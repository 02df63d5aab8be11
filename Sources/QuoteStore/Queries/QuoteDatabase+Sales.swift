import GRDB
import QuoteModel
import StorageInterface

extension SaleSummary: FetchableRecord {
    public init(row: Row) throws {
        self.init(
            sale: try Sale(row: row), companyCode: try row.value("companyCode"), companyName: try row.value("companyName"),
            ownerUserName: try row.value("ownerUserName"), quoteNumber: try row.value("quoteNumber"))
    }

    /// The query of every sale with its company, owner and quote number (either store's SQL).
    package static let sql = """
        SELECT sale.*, company.code AS companyCode, company.name AS companyName,
               associate.userName AS ownerUserName, quote.number AS quoteNumber
        FROM sale
        JOIN company ON company.id = sale.companyId
        JOIN associate ON associate.id = sale.ownerId
        LEFT JOIN quote ON quote.saleId = sale.id
        """
}

extension QuoteDatabase {
    /// Sales by number; only those with `status` when given, only those of the company with
    /// code `companyCode` when given.
    public func sales(status: SaleStatus? = nil, companyCode: String? = nil) throws(QuoteError) -> [SaleSummary] {
        try read { db in try Self.saleSummaries(db, status: status, companyCode: companyCode) }
    }

    static func saleSummaries(_ db: Database, status: SaleStatus?, companyCode: String?) throws -> [SaleSummary] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status {
            conditions.append("sale.status = ?")
            arguments += [status]
        }
        if let companyCode {
            conditions.append("company.code = ?")
            arguments += [companyCode]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = SaleSummary.sql + filter + " ORDER BY CAST(sale.number AS INTEGER), sale.number"
        return try SaleSummary.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The sale with this number and everything it refers to.
    public func sale(number: String) throws(QuoteError) -> SaleDetail {
        let found = try read { db -> SaleDetail? in
            guard let sale = try Sale.filter(Column("number") == number).fetchOne(db) else { return nil }
            return SaleDetail(
                sale: sale,
                company: try Company.fetchOne(db, key: sale.companyId)!,
                person: try sale.personId.flatMap { try Person.fetchOne(db, key: $0) },
                owner: try Associate.fetchOne(db, key: sale.ownerId)!,
                saleType: try SaleType.fetchOne(db, key: sale.saleTypeId)!,
                quote: try Quote.filter(Column("saleId") == sale.id).fetchOne(db))
        }
        guard let found else { throw .notFound("sale", number) }
        return found
    }

    @discardableResult
    public func add(_ sale: Sale) throws(QuoteError) -> Sale {
        try write { db in try sale.inserted(db) }
    }

    /// Every sale type, by name.
    public func saleTypes() throws(QuoteError) -> [SaleType] {
        try read { db in try SaleType.order(Column("name")).fetchAll(db) }
    }

    /// The sale type with this name.
    public func saleType(named name: String) throws(QuoteError) -> SaleType {
        let found = try read { db in try SaleType.filter(Column("name") == name).fetchOne(db) }
        guard let found else { throw .notFound("sale type", name) }
        return found
    }

    @discardableResult
    public func add(_ saleType: SaleType) throws(QuoteError) -> SaleType {
        try write { db in try saleType.inserted(db) }
    }
}
