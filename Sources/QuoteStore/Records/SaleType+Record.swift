import GRDB
import QuoteModel

extension SaleType: ColumnRecord {
    public static var databaseTableName: String { "saleType" }

    /// The columns of a sale type's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, name, quoteValidityDays, allowsAlternatives, maxDiscountPercent, minEarningPercent, quoteTemplate
        case confirmationTemplate, defaultCulture, confirmationProfile
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            name: try row.value(at: layout[.name]),
            quoteValidityDays: try row.value(at: layout[.quoteValidityDays]),
            allowsAlternatives: try row.value(at: layout[.allowsAlternatives]),
            maxDiscountPercent: try row.value(at: layout[.maxDiscountPercent]),
            minEarningPercent: try row.value(at: layout[.minEarningPercent]),
            quoteTemplate: try row.value(at: layout[.quoteTemplate]),
            confirmationTemplate: try row.value(at: layout[.confirmationTemplate]),
            defaultCulture: try row.value(at: layout[.defaultCulture]),
            confirmationProfile: try Self.profile(row.value(at: layout[.confirmationProfile])))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.name] = name
        container[Columns.quoteValidityDays] = quoteValidityDays
        container[Columns.allowsAlternatives] = allowsAlternatives
        container[Columns.maxDiscountPercent] = maxDiscountPercent
        container[Columns.minEarningPercent] = minEarningPercent
        container[Columns.quoteTemplate] = quoteTemplate
        container[Columns.confirmationTemplate] = confirmationTemplate
        container[Columns.defaultCulture] = defaultCulture
        container[Columns.confirmationProfile] = confirmationProfile.rawValue
    }

    static func profile(_ text: String) throws -> ConfirmationProfile {
        guard let profile = ConfirmationProfile(rawValue: text) else { throw QuoteError(.invalid, "unknown confirmation profile '\(text)' in the database") }
        return profile
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
