import GRDB
import QuoteModel

extension QuoteLine: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteLine" }

    /// The columns a row of this table is read from, in the order ``init(row:layout:)`` reads them.
    public static let columnNames: [String] = [
        "id",
        "alternativeId",
        "rank",
        "productId",
        "code",
        "name",
        "description",
        "quantityUnit",
        "priceUnit",
        "itemNumber",
        "url",
        "productCategory",
        "productFamily",
        "productType",
        "supplier",
        "supplierCode",
        "vatPercent",
        "vatInfo",
        "unitCost",
        "unitMinimumPrice",
        "unitListPrice",
        "quantity",
        "isSubscription",
        "subscriptionUnit",
        "subscriptionQuantity",
        "discountPercent",
        "discountAmount",
        "erpDiscountPercent",
        "erpDiscountAmount",
        "valueOverride",
        "subTotal",
        "totalPrice",
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

    /// Reads a QuoteLine from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(Self.columnNames, in: row))
    }

    /// Reads a QuoteLine from its row with the column positions worked out once for a whole query.
    public init(row: Row, layout: ColumnLayout) throws {
        self.init(
            id: try row.value(at: layout[0]),
            alternativeId: try row.value(at: layout[1]),
            rank: try row.value(at: layout[2]),
            productId: try row.value(at: layout[3]),
            code: try row.value(at: layout[4]),
            name: try row.value(at: layout[5]),
            description: try row.value(at: layout[6]),
            quantityUnit: try row.value(at: layout[7]),
            priceUnit: try row.value(at: layout[8]),
            itemNumber: try row.value(at: layout[9]),
            url: try row.value(at: layout[10]),
            productCategory: try row.value(at: layout[11]),
            productFamily: try row.value(at: layout[12]),
            productType: try row.value(at: layout[13]),
            supplier: try row.value(at: layout[14]),
            supplierCode: try row.value(at: layout[15]),
            vatPercent: try row.value(at: layout[16]),
            vatInfo: try row.value(at: layout[17]),
            unitCost: try row.value(at: layout[18]),
            unitMinimumPrice: try row.value(at: layout[19]),
            unitListPrice: try row.value(at: layout[20]),
            quantity: try row.value(at: layout[21]),
            isSubscription: try row.value(at: layout[22]),
            subscriptionUnit: try row.value(at: layout[23]),
            subscriptionQuantity: try row.value(at: layout[24]),
            discountPercent: try row.value(at: layout[25]),
            discountAmount: try row.value(at: layout[26]),
            erpDiscountPercent: try row.value(at: layout[27]),
            erpDiscountAmount: try row.value(at: layout[28]),
            valueOverride: try row.value(at: layout[29]),
            subTotal: try row.value(at: layout[30]),
            totalPrice: try row.value(at: layout[31]),
            earningAmount: try row.value(at: layout[32]),
            earningPercent: try row.value(at: layout[33]),
            status: try row.value(at: layout[34]),
            reason: try row.value(at: layout[35]),
            extraFields: try row.extraFields(at: layout, from: 36))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["alternativeId"] = alternativeId
        container["rank"] = rank
        container["productId"] = productId
        container["code"] = code
        container["name"] = name
        container["description"] = description
        container["quantityUnit"] = quantityUnit
        container["priceUnit"] = priceUnit
        container["itemNumber"] = itemNumber
        container["url"] = url
        container["productCategory"] = productCategory
        container["productFamily"] = productFamily
        container["productType"] = productType
        container["supplier"] = supplier
        container["supplierCode"] = supplierCode
        container["vatPercent"] = vatPercent
        container["vatInfo"] = vatInfo
        container["unitCost"] = unitCost
        container["unitMinimumPrice"] = unitMinimumPrice
        container["unitListPrice"] = unitListPrice
        container["quantity"] = quantity
        container["isSubscription"] = isSubscription
        container["subscriptionUnit"] = subscriptionUnit
        container["subscriptionQuantity"] = subscriptionQuantity
        container["discountPercent"] = discountPercent
        container["discountAmount"] = discountAmount
        container["erpDiscountPercent"] = erpDiscountPercent
        container["erpDiscountAmount"] = erpDiscountAmount
        container["valueOverride"] = valueOverride
        container["subTotal"] = subTotal
        container["totalPrice"] = totalPrice
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
