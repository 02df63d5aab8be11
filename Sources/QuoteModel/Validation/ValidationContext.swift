/// What validation needs to know beyond the version itself: the sale's currency and type, the
/// products the lines came from with their price lists, and the day it is.
public struct ValidationContext: Sendable {
    public var saleCurrency: Currency
    public var saleType: SaleType
    public var today: LocalDate
    /// The products the lines refer to, by id.
    public var products: [Int64: Product]
    /// The price lists of those products, by id.
    public var priceLists: [Int64: PriceList]

    public init(saleCurrency: Currency, saleType: SaleType, today: LocalDate, products: [Int64: Product] = [:], priceLists: [Int64: PriceList] = [:]) {
        self.saleCurrency = saleCurrency
        self.saleType = saleType
        self.today = today
        self.products = products
        self.priceLists = priceLists
    }
}
