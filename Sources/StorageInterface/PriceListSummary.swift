import QuoteModel

/// A price list with how many products it holds (not counting removed ones).
public struct PriceListSummary: Sendable, Hashable, Codable {
    public var priceList: PriceList
    public var productCount: Int

    public init(priceList: PriceList, productCount: Int) {
        self.priceList = priceList
        self.productCount = productCount
    }
}
