import GRDB
import QuoteModel

/// A sale as listed: with its company, owner and quote number.
public struct SaleSummary: Sendable, Hashable, Codable, FetchableRecord {
    public var sale: Sale
    public var companyCode: String
    public var companyName: String
    public var ownerUserName: String
    public var quoteNumber: String?

    public init(row: Row) throws {
        sale = try Sale(row: row)
        companyCode = try row.value("companyCode")
        companyName = try row.value("companyName")
        ownerUserName = try row.value("ownerUserName")
        quoteNumber = try row.value("quoteNumber")
    }

    static let sql = """
        SELECT sale.*, company.code AS companyCode, company.name AS companyName,
               associate.userName AS ownerUserName, quote.number AS quoteNumber
        FROM sale
        JOIN company ON company.id = sale.companyId
        JOIN associate ON associate.id = sale.ownerId
        LEFT JOIN quote ON quote.saleId = sale.id
        """
}

/// A sale with everything it refers to.
public struct SaleDetail: Sendable, Hashable, Codable {
    public var sale: Sale
    public var company: Company
    public var person: Person?
    public var owner: Associate
    public var saleType: SaleType
    public var quote: Quote?
}

extension QuoteDatabase {
    /// Sales by number; only those with `status` when given, only those of the company with
    /// code `companyCode` when given.
    public func sales(status: SaleStatus? = nil, companyCode: String? = nil) throws(QuoteError) -> [SaleSummary] {
        try read { db in
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
