import GRDB
import QuoteModel

extension QuoteAlternative: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteAlternative" }

    /// The columns a row of this table is read from, in the order ``init(row:layout:)`` reads them.
    public static let columnNames: [String] = [
        "id",
        "versionId",
        "rank",
        "name",
        "description",
        "discountPercent",
        "discountAmount",
        "valueOverride",
        "erpDiscountPercent",
        "erpDiscountAmount",
        "subTotal",
        "totalPrice",
        "vatAmount",
        "earningAmount",
        "earningPercent",
        "status",
        "reason",
        "extraField1",
        "extraField2",
        "extraField3",
        "extraField4",
        "extraField5",
    ]

    /// Reads a QuoteAlternative from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(Self.columnNames, in: row))
    }

    /// Reads a QuoteAlternative from its row with the column positions worked out once for a whole query.
    public init(row: Row, layout: ColumnLayout) throws {
        self.init(
            id: try row.value(at: layout[0]),
            versionId: try row.value(at: layout[1]),
            rank: try row.value(at: layout[2]),
            name: try row.value(at: layout[3]),
            description: try row.value(at: layout[4]),
            discountPercent: try row.value(at: layout[5]),
            discountAmount: try row.value(at: layout[6]),
            valueOverride: try row.value(at: layout[7]),
            erpDiscountPercent: try row.value(at: layout[8]),
            erpDiscountAmount: try row.value(at: layout[9]),
            subTotal: try row.value(at: layout[10]),
            totalPrice: try row.value(at: layout[11]),
            vatAmount: try row.value(at: layout[12]),
            earningAmount: try row.value(at: layout[13]),
            earningPercent: try row.value(at: layout[14]),
            status: try row.value(at: layout[15]),
            reason: try row.value(at: layout[16]),
            extraFields: try row.extraFields(at: layout, from: 17))
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
