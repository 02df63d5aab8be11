import Foundation
import QuoteModel
import StorageInterface

/// What the command line lists and shows, and the plain additions it makes (associates, sales):
/// reads through the storage interface, so every command works on either store.
extension QuoteWorkflow {
    /// Every associate, by name.
    public func associates() throws -> [Associate] {
        try storage.snapshot { store in try store.associates() }.sorted { ($0.name, $0.userName) < ($1.name, $1.userName) }
    }

    /// The associate with this user name.
    public func associate(userName: String) throws -> Associate {
        guard let found = try storage.snapshot({ store in try store.associate(userName: userName) }) else {
            throw QuoteError.notFound("associate", userName)
        }
        return found
    }

    /// Adds an associate; the user name must be new.
    public func addAssociate(_ associate: Associate) throws -> Associate {
        try storage.transaction { store in try store.insert(associate) }
    }

    /// Every customer company, by name.
    public func companies() throws -> [Company] {
        try storage.snapshot { store in try store.companies() }.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    }

    /// Sales by number; only those with `status`, of the company with code `companyCode`, when given.
    public func sales(status: SaleStatus? = nil, companyCode: String? = nil) throws -> [SaleSummary] {
        try storage.snapshot { store in try store.saleSummaries(status: status, companyCode: companyCode) }
    }

    /// The sale with this number and everything it refers to.
    public func sale(number: String) throws -> SaleDetail {
        try storage.snapshot { store in
            guard let sale = try store.sale(number: number) else { throw QuoteError.notFound("sale", number) }
            guard let company = try store.company(id: sale.companyId), let owner = try store.associate(id: sale.ownerId),
                  let saleType = try store.saleType(id: sale.saleTypeId) else {
                throw QuoteError(.invalid, "sale \(number) refers to data that is missing")
            }
            let person = try sale.personId.flatMap { id in try store.people(ofCompany: company.id!).first { $0.id == id } }
            return SaleDetail(sale: sale, company: company, person: person, owner: owner, saleType: saleType, quote: try store.quote(saleId: sale.id!))
        }
    }

    /// Adds a sale for the company with code `companyCode` (and its contact `personId` when
    /// given), owned by `ownerUserName`, of sale type `saleTypeName`.
    public func addSale(
        number: String, title: String, ownerUserName: String, companyCode: String, personId: Int64?, saleTypeName: String,
        currency: Currency, date: LocalDate
    ) throws -> (sale: Sale, company: Company) {
        try storage.transaction { store in
            guard let company = try store.company(code: companyCode) else { throw QuoteError.notFound("company", companyCode) }
            if let personId, try !store.people(ofCompany: company.id!).contains(where: { $0.id == personId }) {
                throw QuoteError(.notFound, "company \(companyCode) has no contact person with id \(personId)", value: "\(personId)")
            }
            guard let owner = try store.associate(userName: ownerUserName) else { throw QuoteError.notFound("associate", ownerUserName) }
            guard let saleType = try store.saleType(named: saleTypeName) else { throw QuoteError.notFound("sale type", saleTypeName) }
            let sale = try store.insert(Sale(
                number: number, title: title, ownerId: owner.id!, companyId: company.id!, personId: personId, saleTypeId: saleType.id!,
                currency: currency, date: date))
            return (sale, company)
        }
    }

    /// Every price list, by name, with how many products it holds.
    public func priceLists() throws -> [PriceListSummary] {
        try storage.snapshot { store in try store.priceListSummaries() }
    }

    /// The price list with this name.
    public func priceList(named name: String) throws -> PriceList {
        guard let found = try storage.snapshot({ store in try store.priceList(named: name) }) else { throw QuoteError.notFound("price list", name) }
        return found
    }

    /// Products not removed, by price list and code; only those of price list `priceListName`,
    /// only those whose code or name contains `text`, when given.
    public func products(priceListName: String? = nil, containing text: String? = nil) throws -> [Product] {
        try storage.snapshot { store in
            let list = try priceListName.map { name in
                guard let list = try store.priceList(named: name) else { throw QuoteError.notFound("price list", name) }
                return list
            }
            return try store.products(priceListId: list?.id, containing: text)
        }
    }

    /// The product with `code` (in price list `priceListName` when given) and its price list.
    public func product(code: String, priceListName: String?) throws -> (product: Product, priceList: PriceList) {
        try storage.snapshot { store in
            let product = try store.product(code: code, priceListName: priceListName)
            guard let list = try store.priceLists(ids: [product.priceListId]).first else {
                throw QuoteError(.invalid, "product \(code) refers to a price list that does not exist")
            }
            return (product, list)
        }
    }

    /// Activities with their documents, oldest first; of sale `saleNumber`, of quote
    /// `quoteNumber`, and since `since`, when given. A sale or quote that does not exist is not
    /// found (not an empty list).
    public func activities(saleNumber: String? = nil, quoteNumber: String? = nil, since: Date? = nil) throws -> [ActivityRecord] {
        try storage.snapshot { store in
            if let saleNumber, try store.sale(number: saleNumber) == nil { throw QuoteError.notFound("sale", saleNumber) }
            if let quoteNumber, try store.quote(number: quoteNumber) == nil { throw QuoteError.notFound("quote", quoteNumber) }
            return try store.activities(ActivityFilter(saleNumber: saleNumber, quoteNumber: quoteNumber, since: since))
        }
    }
}
