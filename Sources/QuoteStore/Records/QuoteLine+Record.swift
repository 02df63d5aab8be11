import GRDB
import QuoteModel

extension QuoteLine: ColumnRecord {
    public static var databaseTableName: String { "quoteLine" }

    /// The columns of a quote line's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, alternativeId, rank, productId, code, name, description, quantityUnit, priceUnit, itemNumber, url
        case productCategory, productFamily, productType, supplier, supplierCode, vatPercent, vatInfo, unitCost
        case unitMinimumPrice, unitListPrice, quantity, isSubscription, subscriptionUnit, subscriptionQuantity
        case discountPercent, discountAmount, erpDiscountPercent, erpDiscountAmount, valueOverride, subTotal
        case totalPrice, earningAmount, earningPercent, status, reason
        case extraField1, extraField2, extraField3, extraField4, extraField5
        case erpProductKey
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            alternativeId: try row.value(at: layout[.alternativeId]),
            rank: try row.value(at: layout[.rank]),
            productId: try row.value(at: layout[.productId]),
            erpProductKey: try row.value(at: layout[.erpProductKey]),
            code: try row.value(at: layout[.code]),
            name: try row.value(at: layout[.name]),
            description: try row.value(at: layout[.description]),
            quantityUnit: try row.value(at: layout[.quantityUnit]),
            priceUnit: try row.value(at: layout[.priceUnit]),
            itemNumber: try row.value(at: layout[.itemNumber]),
            url: try row.value(at: layout[.url]),
            productCategory: try row.value(at: layout[.productCategory]),
            productFamily: try row.value(at: layout[.productFamily]),
            productType: try row.value(at: layout[.productType]),
            supplier: try row.value(at: layout[.supplier]),
            supplierCode: try row.value(at: layout[.supplierCode]),
            vatPercent: try row.value(at: layout[.vatPercent]),
            vatInfo: try row.value(at: layout[.vatInfo]),
            unitCost: try row.value(at: layout[.unitCost]),
            unitMinimumPrice: try row.value(at: layout[.unitMinimumPrice]),
            unitListPrice: try row.value(at: layout[.unitListPrice]),
            quantity: try row.value(at: layout[.quantity]),
            isSubscription: try row.value(at: layout[.isSubscription]),
            subscriptionUnit: try row.value(at: layout[.subscriptionUnit]),
            subscriptionQuantity: try row.value(at: layout[.subscriptionQuantity]),
            discountPercent: try row.value(at: layout[.discountPercent]),
            discountAmount: try row.value(at: layout[.discountAmount]),
            erpDiscountPercent: try row.value(at: layout[.erpDiscountPercent]),
            erpDiscountAmount: try row.value(at: layout[.erpDiscountAmount]),
            valueOverride: try row.value(at: layout[.valueOverride]),
            subTotal: try row.value(at: layout[.subTotal]),
            totalPrice: try row.value(at: layout[.totalPrice]),
            earningAmount: try row.value(at: layout[.earningAmount]),
            earningPercent: try row.value(at: layout[.earningPercent]),
            status: try row.value(at: layout[.status]),
            reason: try row.value(at: layout[.reason]),
            extraFields: try row.extraFields(layout, from: .extraField1))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.alternativeId] = alternativeId
        container[Columns.rank] = rank
        container[Columns.productId] = productId
        container[Columns.code] = code
        container[Columns.name] = name
        container[Columns.description] = description
        container[Columns.quantityUnit] = quantityUnit
        container[Columns.priceUnit] = priceUnit
        container[Columns.itemNumber] = itemNumber
        container[Columns.url] = url
        container[Columns.productCategory] = productCategory
        container[Columns.productFamily] = productFamily
        container[Columns.productType] = productType
        container[Columns.supplier] = supplier
        container[Columns.supplierCode] = supplierCode
        container[Columns.vatPercent] = vatPercent
        container[Columns.vatInfo] = vatInfo
        container[Columns.unitCost] = unitCost
        container[Columns.unitMinimumPrice] = unitMinimumPrice
        container[Columns.unitListPrice] = unitListPrice
        container[Columns.quantity] = quantity
        container[Columns.isSubscription] = isSubscription
        container[Columns.subscriptionUnit] = subscriptionUnit
        container[Columns.subscriptionQuantity] = subscriptionQuantity
        container[Columns.discountPercent] = discountPercent
        container[Columns.discountAmount] = discountAmount
        container[Columns.erpDiscountPercent] = erpDiscountPercent
        container[Columns.erpDiscountAmount] = erpDiscountAmount
        container[Columns.valueOverride] = valueOverride
        container[Columns.subTotal] = subTotal
        container[Columns.totalPrice] = totalPrice
        container[Columns.earningAmount] = earningAmount
        container[Columns.earningPercent] = earningPercent
        container[Columns.status] = status
        container[Columns.reason] = reason
        container.encode(extraFields, from: Columns.extraField1)
        container[Columns.erpProductKey] = erpProductKey
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
