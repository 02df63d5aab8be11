import QuoteModel

/// A sale as listed: with its company, owner and quote number.
public struct SaleSummary: Sendable, Hashable, Codable {
    public var sale: Sale
    public var companyCode: String
    public var companyName: String
    public var ownerUserName: String
    public var quoteNumber: String?

    public init(sale: Sale, companyCode: String, companyName: String, ownerUserName: String, quoteNumber: String?) {
        self.sale = sale
        self.companyCode = companyCode
        self.companyName = companyName
        self.ownerUserName = ownerUserName
        self.quoteNumber = quoteNumber
    }
}

/// A sale with everything it refers to.
public struct SaleDetail: Sendable, Hashable, Codable {
    public var sale: Sale
    public var company: Company
    public var person: Person?
    public var owner: Associate
    public var saleType: SaleType
    public var quote: Quote?

    public init(sale: Sale, company: Company, person: Person?, owner: Associate, saleType: SaleType, quote: Quote?) {
        self.sale = sale
        self.company = company
        self.person = person
        self.owner = owner
        self.saleType = saleType
        self.quote = quote
    }
}
