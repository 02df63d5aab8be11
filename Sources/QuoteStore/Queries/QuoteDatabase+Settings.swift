import GRDB
import QuoteModel

extension QuoteDatabase {
    /// The settings, from their one row.
    static func settings(_ db: Database) throws -> QuoteSettings {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM quoteSettings WHERE id = 1") else {
            throw QuoteError(.invalid, "the database has no settings row")
        }
        return QuoteSettings(
            allowsAlternativeDiscount: try row.value("allowsAlternativeDiscount"), followUpText: try row.value("followUpText"),
            defaultCulture: try row.value("defaultCulture"))
    }

    /// Writes the settings within a transaction the caller holds.
    static func setSettings(_ settings: QuoteSettings, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE quoteSettings SET allowsAlternativeDiscount = ?, followUpText = ?, defaultCulture = ? WHERE id = 1",
            arguments: [settings.allowsAlternativeDiscount, settings.followUpText, settings.defaultCulture])
    }

    /// The sale type with this name, if any.
    static func saleType(_ db: Database, named name: String) throws -> SaleType? {
        try SaleType.filter(Column("name") == name).fetchOne(db)
    }

    /// Adds a sale type; a name in use already is ``QuoteError/Code/duplicate``.
    static func insert(_ db: Database, _ saleType: SaleType) throws -> SaleType {
        if try self.saleType(db, named: saleType.name) != nil {
            throw QuoteError(.duplicate, "a sale type named '\(saleType.name)' exists already", value: saleType.name)
        }
        return try saleType.inserted(db)
    }

    /// Writes a sale type over its row; a name another sale type has is ``QuoteError/Code/duplicate``.
    static func update(_ db: Database, _ saleType: SaleType) throws {
        if let other = try self.saleType(db, named: saleType.name), other.id != saleType.id {
            throw QuoteError(.duplicate, "a sale type named '\(saleType.name)' exists already", value: saleType.name)
        }
        try saleType.update(db)
    }
}
