import Foundation

/// The rules of the catalogue (price lists and products), checked before anything is saved.
public enum CatalogueRules {
    /// A copy of an ERP's price list is a cache the connection fills; users cannot change it
    /// or its products (SuperOffice's IsERPCopy).
    public static func checkEditable(_ priceList: PriceList) throws(QuoteError) {
        guard !priceList.isERPCopy else {
            throw QuoteError(.notAllowed, "price list '\(priceList.name)' is a copy of an ERP's price list; it changes only through its connection", value: priceList.name, remedy: nil)
        }
    }

    /// A price list needs a name, and its validity must not end before it starts.
    public static func check(_ priceList: PriceList) throws(QuoteError) {
        if priceList.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QuoteError(.invalid, "a price list needs a name")
        }
        if let from = priceList.validFrom, let to = priceList.validTo, to < from {
            throw QuoteError(.invalid, "price list '\(priceList.name)' would end (\(to)) before it starts (\(from))", value: priceList.name)
        }
    }

    /// A product needs a code and a name, and no price, cost, VAT, stock or quantity below zero.
    public static func check(_ product: Product) throws(QuoteError) {
        if product.code.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QuoteError(.invalid, "a product needs a code")
        }
        if product.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QuoteError(.invalid, "product '\(product.code)' needs a name", value: product.code)
        }
        let amounts: [(ProductField, ExactDecimal?)] = [
            (.unitListPrice, product.unitListPrice), (.unitCost, product.unitCost), (.unitMinimumPrice, product.unitMinimumPrice),
            (.vatPercent, product.vatPercent), (.stock, product.stock), (.subscriptionQuantity, product.defaultSubscriptionQuantity),
        ]
        for case let (field, value?) in amounts where value.isNegative {
            throw QuoteError(.invalid, "product '\(product.code)': \(field.englishLabel.lowercased()) \(value) is negative", value: product.code)
        }
    }
}
