import Foundation
import GRDB
import QuoteModel

extension Product: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "product" }

    /// Reads a product from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        let imageMediaType: String? = try row.value("imageMediaType")
        let imageBytes: Data? = try row.value("imageBytes")
        self.init(
            id: try row.value("id"),
            priceListId: try row.value("priceListId"),
            code: try row.value("code"),
            name: try row.value("name"),
            description: try row.value("description"),
            quantityUnit: try row.value("quantityUnit"),
            priceUnit: try row.value("priceUnit"),
            itemNumber: try row.value("itemNumber"),
            url: try row.value("url"),
            productCategory: try row.value("productCategory"),
            productFamily: try row.value("productFamily"),
            productType: try row.value("productType"),
            supplier: try row.value("supplier"),
            supplierCode: try row.value("supplierCode"),
            vatPercent: try row.value("vatPercent"),
            vatInfo: try row.value("vatInfo"),
            unitCost: try row.value("unitCost"),
            unitMinimumPrice: try row.value("unitMinimumPrice"),
            unitListPrice: try row.value("unitListPrice"),
            inAssortment: try row.value("inAssortment"),
            stock: try row.value("stock"),
            isSubscription: try row.value("isSubscription"),
            subscriptionUnit: try row.value("subscriptionUnit"),
            defaultSubscriptionQuantity: try row.value("defaultSubscriptionQuantity"),
            image: imageMediaType.flatMap { type in imageBytes.map { ProductImage(mediaType: type, bytes: Array($0)) } },
            extraFields: try row.extraFields())
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["priceListId"] = priceListId
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
        container["inAssortment"] = inAssortment
        container["stock"] = stock
        container["isSubscription"] = isSubscription
        container["subscriptionUnit"] = subscriptionUnit
        container["defaultSubscriptionQuantity"] = defaultSubscriptionQuantity
        container["imageMediaType"] = image?.mediaType
        container["imageBytes"] = image.map { Data($0.bytes) }
        container.encode(extraFields)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
