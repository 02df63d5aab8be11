import GRDB
import QuoteModel

extension SaleType: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "saleType" }

    /// Reads a sale type from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            name: try row.value("name"),
            quoteValidityDays: try row.value("quoteValidityDays"),
            allowsAlternatives: try row.value("allowsAlternatives"),
            maxDiscountPercent: try row.value("maxDiscountPercent"),
            minEarningPercent: try row.value("minEarningPercent"),
            quoteTemplate: try row.value("quoteTemplate"),
            confirmationTemplate: try row.value("confirmationTemplate"))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["quoteValidityDays"] = quoteValidityDays
        container["allowsAlternatives"] = allowsAlternatives
        container["maxDiscountPercent"] = maxDiscountPercent
        container["minEarningPercent"] = minEarningPercent
        container["quoteTemplate"] = quoteTemplate
        container["confirmationTemplate"] = confirmationTemplate
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
