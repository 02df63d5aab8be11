import Foundation
import GRDB
import QuoteModel

extension Product: ColumnRecord {
    public static var databaseTableName: String { "product" }

    /// The columns of a product's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, priceListId, code, name, description, quantityUnit, priceUnit, itemNumber, url, productCategory
        case productFamily, productType, supplier, supplierCode, vatPercent, vatInfo, unitCost, unitMinimumPrice
        case unitListPrice, inAssortment, stock, isSubscription, subscriptionUnit, defaultSubscriptionQuantity
        case imageMediaType, imageBytes
        case extraField1, extraField2, extraField3, extraField4, extraField5
        case isRemoved
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        let imageMediaType: String? = try row.value(at: layout[.imageMediaType])
        let imageBytes: Data? = try row.value(at: layout[.imageBytes])
        self.init(
            id: try row.value(at: layout[.id]),
            priceListId: try row.value(at: layout[.priceListId]),
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
            inAssortment: try row.value(at: layout[.inAssortment]),
            stock: try row.value(at: layout[.stock]),
            isSubscription: try row.value(at: layout[.isSubscription]),
            subscriptionUnit: try row.value(at: layout[.subscriptionUnit]),
            defaultSubscriptionQuantity: try row.value(at: layout[.defaultSubscriptionQuantity]),
            image: imageMediaType.flatMap { type in imageBytes.map { ProductImage(mediaType: type, bytes: Array($0)) } },
            extraFields: try row.extraFields(layout, from: .extraField1),
            isRemoved: try row.value(at: layout[.isRemoved]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.priceListId] = priceListId
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
        container[Columns.inAssortment] = inAssortment
        container[Columns.stock] = stock
        container[Columns.isSubscription] = isSubscription
        container[Columns.subscriptionUnit] = subscriptionUnit
        container[Columns.defaultSubscriptionQuantity] = defaultSubscriptionQuantity
        container[Columns.imageMediaType] = image?.mediaType
        container[Columns.imageBytes] = image.map { Data($0.bytes) }
        container.encode(extraFields, from: Columns.extraField1)
        container[Columns.isRemoved] = isRemoved
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
