import QuoteModel
import StorageInterface

/// What the document sources of a page of quotes are made of, read in bulk (a handful of queries
/// whatever the number of quotes), and their assembly: the same for either store.
package struct DocumentSourceRows {
    package var quotes: [Quote]
    package var sales: [Int64: Sale]
    package var companies: [Int64: Company]
    package var people: [Int64: Person]
    package var associates: [Int64: Associate]
    package var saleTypes: [Int64: SaleType]
    /// The active version of each quote.
    package var versions: [QuoteVersion]
    package var alternatives: [QuoteAlternative]
    /// The lines of each alternative, in rank order.
    package var linesByAlternative: [Int64: [QuoteLine]]
    package var images: [Int64: ProductImage]
    package var stock: [Int64: ExactDecimal]
    package var ownCompany: OwnCompany
    package var fields: FieldConfiguration
    package var settings: QuoteSettings

    package init(
        quotes: [Quote], sales: [Int64: Sale], companies: [Int64: Company], people: [Int64: Person], associates: [Int64: Associate],
        saleTypes: [Int64: SaleType], versions: [QuoteVersion], alternatives: [QuoteAlternative], linesByAlternative: [Int64: [QuoteLine]],
        images: [Int64: ProductImage], stock: [Int64: ExactDecimal], ownCompany: OwnCompany, fields: FieldConfiguration, settings: QuoteSettings
    ) {
        self.quotes = quotes
        self.sales = sales
        self.companies = companies
        self.people = people
        self.associates = associates
        self.saleTypes = saleTypes
        self.versions = versions
        self.alternatives = alternatives
        self.linesByAlternative = linesByAlternative
        self.images = images
        self.stock = stock
        self.ownCompany = ownCompany
        self.fields = fields
        self.settings = settings
    }

    /// The source of each of `numbers`; a quote whose rows are missing, or that was not read, is a
    /// failure with the reason.
    package func sources(_ numbers: [String]) -> [String: Result<DocumentSource, QuoteError>] {
        let alternativesByVersion = Dictionary(grouping: alternatives, by: \.versionId)
        let versionByQuote = Dictionary(uniqueKeysWithValues: versions.map { ($0.quoteId, $0) })
        var result: [String: Result<DocumentSource, QuoteError>] = [:]
        for quote in quotes {
            guard let version = versionByQuote[quote.id!], let sale = sales[quote.saleId], let company = companies[sale.companyId],
                  let owner = associates[sale.ownerId], let saleType = saleTypes[sale.saleTypeId] else {
                result[quote.number] = .failure(QuoteError(.invalid, "quote \(quote.number) refers to data that is missing"))
                continue
            }
            let tree = VersionWithAlternatives(
                version: version,
                alternatives: (alternativesByVersion[version.id!] ?? []).map { AlternativeWithLines(alternative: $0, lines: linesByAlternative[$0.id!] ?? []) })
            let detail = QuoteDetail(
                quote: quote, sale: sale, company: company, person: sale.personId.flatMap { people[$0] }, owner: owner,
                saleType: saleType, versions: [.init(rank: version.rank, state: version.state)], version: tree)
            var used: [Int64: ProductImage] = [:]
            var usedStock: [Int64: ExactDecimal] = [:]
            if !images.isEmpty || !stock.isEmpty {
                for alternative in tree.alternatives {
                    for line in alternative.lines {
                        guard let id = line.productId else { continue }
                        if let image = images[id] { used[id] = image }
                        if let amount = stock[id] { usedStock[id] = amount }
                    }
                }
            }
            result[quote.number] = .success(DocumentSource(detail: detail, ownCompany: ownCompany, images: used, stock: usedStock, fields: fields, settings: settings))
        }
        for number in numbers where result[number] == nil {
            result[number] = .failure(QuoteError.notFound("quote", number))
        }
        return result
    }
}
