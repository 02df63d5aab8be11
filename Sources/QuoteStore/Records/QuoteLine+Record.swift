import GRDB
import QuoteModel

extension QuoteLine: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteLine" }

    /// Reads a quote line from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            alternativeId: try row.value("alternativeId"),
            rank: try row.value("rank"),
            productId: try row.value("productId"),
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
            quantity: try row.value("quantity"),
            isSubscription: try row.value("isSubscription"),
            subscriptionUnit: try row.value("subscriptionUnit"),
            subscriptionQuantity: try row.value("subscriptionQuantity"),
            discountPercent: try row.value("discountPercent"),
            discountAmount: try row.value("discountAmount"),
            erpDiscountPercent: try row.value("erpDiscountPercent"),
            erpDiscountAmount: try row.value("erpDiscountAmount"),
            valueOverride: try row.value("valueOverride"),
            subTotal: try row.value("subTotal"),
            totalPrice: try row.value("totalPrice"),
            earningAmount: try row.value("earningAmount"),
            earningPercent: try row.value("earningPercent"),
            status: try row.value("status"),
            reason: try row.value("reason"),
            extraFields: try row.extraFields())
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
