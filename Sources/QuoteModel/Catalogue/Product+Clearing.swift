extension Product {
    /// Empties a text field, or makes cost, minimum price, stock or subscription quantity
    /// unknown. Fields that always have a value (code, name, list price, VAT, the flags, and the
    /// line-only fields) are left as they are.
    public mutating func clear(_ field: ProductField) {
        if let number = field.extraFieldNumber {
            extraFields[number] = ""
            return
        }
        switch field {
        case .description: description = ""
        case .quantityUnit: quantityUnit = ""
        case .priceUnit: priceUnit = ""
        case .itemNumber: itemNumber = ""
        case .url: url = ""
        case .productCategory: productCategory = ""
        case .productFamily: productFamily = ""
        case .productType: productType = ""
        case .supplier: supplier = ""
        case .supplierCode: supplierCode = ""
        case .vatInfo: vatInfo = ""
        case .unitCost: unitCost = nil
        case .unitMinimumPrice: unitMinimumPrice = nil
        case .stock: stock = nil
        case .subscriptionUnit: subscriptionUnit = ""
        case .subscriptionQuantity: defaultSubscriptionQuantity = nil
        case .image: image = nil
        case .code, .name, .unitListPrice, .vatPercent, .inAssortment, .isSubscription,
             .quantity, .discountPercent, .discountAmount, .earningAmount, .earningPercent,
             .extraField1, .extraField2, .extraField3, .extraField4, .extraField5:
            break
        }
    }
}
