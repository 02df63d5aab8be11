extension ProductField {
    /// The extra field's number (1 to 5), for the extra fields.
    public var extraFieldNumber: Int? {
        switch self {
        case .extraField1: 1
        case .extraField2: 2
        case .extraField3: 3
        case .extraField4: 4
        case .extraField5: 5
        default: nil
        }
    }
}

extension Product {
    /// True when the product has no value for `field`: blank text, an unknown number, no image,
    /// a blank extra field. Fields that always have a value are never lacking.
    public func lacks(_ field: ProductField) -> Bool {
        if let number = field.extraFieldNumber { return extraFields[number].isEmpty }
        switch field {
        case .code: return code.isEmpty
        case .name: return name.isEmpty
        case .description: return description.isEmpty
        case .quantityUnit: return quantityUnit.isEmpty
        case .priceUnit: return priceUnit.isEmpty
        case .itemNumber: return itemNumber.isEmpty
        case .url: return url.isEmpty
        case .productCategory: return productCategory.isEmpty
        case .productFamily: return productFamily.isEmpty
        case .productType: return productType.isEmpty
        case .supplier: return supplier.isEmpty
        case .supplierCode: return supplierCode.isEmpty
        case .vatInfo: return vatInfo.isEmpty
        case .unitCost: return unitCost == nil
        case .unitMinimumPrice: return unitMinimumPrice == nil
        case .stock: return stock == nil
        case .subscriptionUnit: return subscriptionUnit.isEmpty
        case .subscriptionQuantity: return defaultSubscriptionQuantity == nil
        case .image: return image == nil
        default: return false
        }
    }
}

extension QuoteLine {
    /// The line's value of `field`, to compare before and after an edit; nil for the fields a
    /// line does not have (stock, assortment, image).
    public func value(of field: ProductField) -> AnyHashable? {
        if let number = field.extraFieldNumber { return extraFields[number] }
        switch field {
        case .code: return code
        case .name: return name
        case .description: return description
        case .quantityUnit: return quantityUnit
        case .priceUnit: return priceUnit
        case .itemNumber: return itemNumber
        case .url: return url
        case .productCategory: return productCategory
        case .productFamily: return productFamily
        case .productType: return productType
        case .supplier: return supplier
        case .supplierCode: return supplierCode
        case .vatPercent: return vatPercent
        case .vatInfo: return vatInfo
        case .unitCost: return unitCost
        case .unitMinimumPrice: return unitMinimumPrice
        case .unitListPrice: return unitListPrice
        case .isSubscription: return isSubscription
        case .subscriptionUnit: return subscriptionUnit
        case .subscriptionQuantity: return subscriptionQuantity
        case .quantity: return quantity
        case .discountPercent: return discountPercent
        case .discountAmount: return discountAmount
        case .earningAmount: return earningAmount
        case .earningPercent: return earningPercent
        default: return nil
        }
    }
}
