import GRDB
import QuoteModel

/// A price list with how many products it holds.
public struct PriceListSummary: Sendable, Hashable, Codable {
    public var priceList: PriceList
    public var productCount: Int
}

extension QuoteDatabase {
    /// Every price list, by name, with its product count.
    public func priceLists() throws(QuoteError) -> [PriceListSummary] {
        try read { db in
            let lists = try PriceList.order(Column("name")).fetchAll(db)
            return try lists.map { list in
                PriceListSummary(priceList: list, productCount: try Product.filter(Column("priceListId") == list.id).fetchCount(db))
            }
        }
    }

    /// The price list with this name.
    public func priceList(named name: String) throws(QuoteError) -> PriceList {
        let found = try read { db in try PriceList.filter(Column("name") == name).fetchOne(db) }
        guard let found else { throw .notFound("price list", name) }
        return found
    }

    @discardableResult
    public func add(_ priceList: PriceList) throws(QuoteError) -> PriceList {
        try write { db in try priceList.inserted(db) }
    }

    /// Products, by price list and code; only those of `priceList` when given, only those whose
    /// code or name contains `search` when given.
    public func products(in priceList: PriceList? = nil, matching search: String? = nil) throws(QuoteError) -> [Product] {
        try read { db in
            var request = Product.all()
            if let priceList { request = request.filter(Column("priceListId") == priceList.id) }
            if let search, !search.isEmpty {
                let pattern = "%" + search.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                request = request.filter(sql: "(code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')", arguments: [pattern, pattern])
            }
            return try request.order(sql: "priceListId, CAST(code AS INTEGER), code").fetchAll(db)
        }
    }

    /// The product with this code: in `priceList` when given, else in the only price list that has it.
    public func product(code: String, in priceList: PriceList? = nil) throws(QuoteError) -> Product {
        try read { db in try Self.product(db, code: code, priceListId: priceList?.id) }
    }

    /// The product with this code: in the price list with `priceListId` when given, else in the
    /// only price list that has it; none is ``QuoteError/Code/notFound``, several ``QuoteError/Code/ambiguous``.
    static func product(_ db: Database, code: String, priceListId: Int64?) throws -> Product {
        var request = Product.filter(Column("code") == code)
        if let priceListId { request = request.filter(Column("priceListId") == priceListId) }
        let matches = try request.fetchAll(db)
        guard let product = matches.first else { throw QuoteError.notFound("product", code) }
        guard matches.count == 1 else {
            throw QuoteError(.ambiguous, "product '\(code)' is in \(matches.count) price lists; name the price list", value: code)
        }
        return product
    }

    @discardableResult
    public func add(_ product: Product) throws(QuoteError) -> Product {
        try write { db in try product.inserted(db) }
    }

    /// Products of the active price lists whose code or name contains `text`, ignoring case
    /// (Swift's lowercasing, not only ASCII's; every product when `text` is empty), by code
    /// (numbers in numeric order), at most `limit`.
    static func products(_ db: Database, matching text: String, limit: Int) throws -> [Product] {
        guard limit > 0 else { return [] }
        var request = Product.filter(sql: "priceListId IN (SELECT id FROM priceList WHERE isActive)")
        let needle = text.lowercased()
        if !needle.isEmpty {
            let lowercase = DatabaseFunction.lowercase.name
            request = request.filter(
                sql: "(instr(\(lowercase)(code), ?) > 0 OR instr(\(lowercase)(name), ?) > 0)", arguments: [needle, needle])
        }
        return try fetchAll(db, request.order(sql: "CAST(code AS INTEGER), code, priceListId").limit(limit))
    }
}
