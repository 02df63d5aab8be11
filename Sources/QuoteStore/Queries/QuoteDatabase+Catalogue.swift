import GRDB
import QuoteModel
import StorageInterface

extension QuoteDatabase {
    /// Every price list, by name, with its product count.
    public func priceLists() throws(QuoteError) -> [PriceListSummary] {
        try read { db in try Self.priceListSummaries(db) }
    }

    static func priceListSummaries(_ db: Database) throws -> [PriceListSummary] {
        let lists = try PriceList.order(Column("name")).fetchAll(db)
        return try lists.map { list in
            PriceListSummary(priceList: list, productCount: try Product.filter(Column("priceListId") == list.id && Column("isRemoved") == false).fetchCount(db))
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

    /// Products not removed, by price list and code; only those of `priceList` when given, only
    /// those whose code or name contains `search` when given.
    public func products(in priceList: PriceList? = nil, matching search: String? = nil) throws(QuoteError) -> [Product] {
        try read { db in try Self.products(db, priceListId: priceList?.id, containing: search) }
    }

    static func products(_ db: Database, priceListId: Int64?, containing search: String?) throws -> [Product] {
        var request = Product.filter(Column("isRemoved") == false)
        if let priceListId { request = request.filter(Column("priceListId") == priceListId) }
        if let search, !search.isEmpty {
            let pattern = likePattern(containing: search)
            request = request.filter(sql: "(code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')", arguments: [pattern, pattern])
        }
        return try request.order(sql: "priceListId, CAST(code AS INTEGER), code").fetchAll(db)
    }

    /// A LIKE pattern matching text that contains `text`, its `\\`, `%` and `_` escaped by `\\`.
    package static func likePattern(containing text: String) -> String {
        "%" + text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// The product with this code: in `priceList` when given, else in the only price list that has it.
    public func product(code: String, in priceList: PriceList? = nil) throws(QuoteError) -> Product {
        try read { db in try Self.product(db, code: code, priceListId: priceList?.id) }
    }

    /// The product with this code: in the price list with `priceListId` when given, else in the
    /// only price list that has it; none is ``QuoteError/Code/notFound``, several ``QuoteError/Code/ambiguous``.
    /// A removed product is not found.
    static func product(_ db: Database, code: String, priceListId: Int64?) throws -> Product {
        var request = Product.filter(Column("code") == code && Column("isRemoved") == false)
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
        var request = Product.filter(sql: "NOT isRemoved AND priceListId IN (SELECT id FROM priceList WHERE isActive)")
        let needle = text.lowercased()
        if !needle.isEmpty {
            let lowercase = DatabaseFunction.lowercase.name
            request = request.filter(
                sql: "(instr(\(lowercase)(code), ?) > 0 OR instr(\(lowercase)(name), ?) > 0)", arguments: [needle, needle])
        }
        return try fetchAll(db, request.order(sql: "CAST(code AS INTEGER), code, priceListId").limit(limit))
    }

    /// The products of one price list that are not removed, by code (numbers in numeric order).
    static func products(_ db: Database, inPriceList priceListId: Int64) throws -> [Product] {
        try Product.filter(Column("priceListId") == priceListId && Column("isRemoved") == false)
            .order(sql: "CAST(code AS INTEGER), code").fetchAll(db)
    }

    /// Adds a price list; a name in use is refused by name.
    static func insert(_ db: Database, _ priceList: PriceList) throws -> PriceList {
        if try PriceList.filter(Column("name") == priceList.name).fetchCount(db) > 0 {
            throw QuoteError(.duplicate, "there is already a price list named '\(priceList.name)'", value: priceList.name)
        }
        return try priceList.inserted(db)
    }

    /// Writes a stored price list whole; another list's name is refused by name.
    static func update(_ db: Database, _ priceList: PriceList) throws {
        guard let id = priceList.id, try PriceList.exists(db, key: id) else { throw QuoteError.notFound("price list", priceList.name) }
        if try PriceList.filter(Column("name") == priceList.name && Column("id") != id).fetchCount(db) > 0 {
            throw QuoteError(.duplicate, "there is already a price list named '\(priceList.name)'", value: priceList.name)
        }
        try priceList.update(db)
    }

    /// Adds a product; a code its price list has already is refused by code.
    /// The check is one cached statement, prepared once per connection: imports add products by
    /// the hundred thousand.
    static func insert(_ db: Database, _ product: Product) throws -> Product {
        let taken = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM product WHERE priceListId = ? AND code = ?)")
        if try Bool.fetchOne(taken, arguments: [product.priceListId, product.code]) == true {
            throw QuoteError(.duplicate, "the price list has a product with code '\(product.code)' already", value: product.code)
        }
        return try product.inserted(db)
    }

    /// Writes a stored product whole; another product's code in the same list is refused by code.
    static func update(_ db: Database, _ product: Product) throws {
        guard let id = product.id, try Product.exists(db, key: id) else { throw QuoteError.notFound("product", product.code) }
        let clash = Product.filter(Column("priceListId") == product.priceListId && Column("code") == product.code && Column("id") != id)
        if try clash.fetchCount(db) > 0 {
            throw QuoteError(.duplicate, "the price list has a product with code '\(product.code)' already", value: product.code)
        }
        try product.update(db)
    }

    /// Deletes a stored product (the database refuses it while quote lines refer to it).
    static func delete(_ db: Database, _ product: Product) throws {
        guard let id = product.id, try Product.deleteOne(db, key: id) else { throw QuoteError.notFound("product", product.code) }
    }
}
