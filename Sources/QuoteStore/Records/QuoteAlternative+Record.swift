import GRDB
import QuoteModel

extension QuoteAlternative: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteAlternative" }

    /// Reads a quote alternative from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            versionId: try row.value("versionId"),
            rank: try row.value("rank"),
            name: try row.value("name"),
            description: try row.value("description"),
            discountPercent: try row.value("discountPercent"),
            discountAmount: try row.value("discountAmount"),
            valueOverride: try row.value("valueOverride"),
            erpDiscountPercent: try row.value("erpDiscountPercent"),
            erpDiscountAmount: try row.value("erpDiscountAmount"),
            subTotal: try row.value("subTotal"),
            totalPrice: try row.value("totalPrice"),
            vatAmount: try row.value("vatAmount"),
            earningAmount: try row.value("earningAmount"),
            earningPercent: try row.value("earningPercent"),
            status: try row.value("status"),
            reason: try row.value("reason"),
            extraFields: try row.extraFields())
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["versionId"] = versionId
        container["rank"] = rank
        container["name"] = name
        container["description"] = description
        container["discountPercent"] = discountPercent
        container["discountAmount"] = discountAmount
        container["valueOverride"] = valueOverride
        container["erpDiscountPercent"] = erpDiscountPercent
        container["erpDiscountAmount"] = erpDiscountAmount
        container["subTotal"] = subTotal
        container["totalPrice"] = totalPrice
        container["vatAmount"] = vatAmount
        container["earningAmount"] = earningAmount
        container["earningPercent"] = earningPercent
        container["status"] = status
        container["reason"] = reason
        container.encode(extraFields)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
