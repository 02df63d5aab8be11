/// What a copied price list's prices become (SuperOffice's "copy an existing list": convert the
/// prices to the new currency, or set them to zero).
public enum PriceListCopy: Sendable, Hashable {
    /// The same currency and prices.
    case samePrices
    /// Every price (list price, cost and minimum price) × `rate`, rounded half-up to `currency`'s
    /// minor unit (0.92 × 9.80 = 9.016 → 9.02 EUR; JPY has no decimals, BHD three).
    case converted(to: Currency, rate: ExactDecimal)
    /// Every price zero, in `currency` (the source's when nil); cost and minimum price left unknown.
    case zeroPrices(currency: Currency?)

    /// The currency of the copy of a list in `source`.
    public func currency(from source: Currency) -> Currency {
        switch self {
        case .samePrices: source
        case .converted(let currency, _): currency
        case .zeroPrices(let currency): currency ?? source
        }
    }

    /// `product` as it is in the copy, in price list `priceListId`: every field the same but the
    /// prices. A product too expensive to convert is an ``ArithmeticOverflow``.
    public func copy(of product: Product, into priceListId: Int64) throws(ArithmeticOverflow) -> Product {
        var copy = product
        copy.id = nil
        copy.priceListId = priceListId
        switch self {
        case .samePrices:
            break
        case .converted(let currency, let rate):
            copy.unitListPrice = try currency.rounded(try product.unitListPrice * rate)
            if let cost = product.unitCost { copy.unitCost = try currency.rounded(try cost * rate) }
            if let minimum = product.unitMinimumPrice { copy.unitMinimumPrice = try currency.rounded(try minimum * rate) }
        case .zeroPrices:
            copy.unitListPrice = .zero
            copy.unitCost = nil
            copy.unitMinimumPrice = nil
        }
        return copy
    }
}
