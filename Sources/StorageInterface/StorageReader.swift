import Foundation
import QuoteModel

/// What the workflow reads inside a transaction. Lookups by key return nil when nothing matches.
public protocol StorageReader {
    func quote(number: String) throws -> Quote?
    /// The quote's versions, oldest (rank 1) first; the last is the active one.
    func versions(of quote: Quote) throws -> [QuoteVersion]
    /// A version with its alternatives and lines, in rank order.
    func tree(of version: QuoteVersion) throws -> VersionWithAlternatives
    /// The quote at `version` (the active one when nil) with its sale and parties; throws
    /// ``QuoteError/Code/notFound`` when there is no such quote or version.
    func quoteDetail(number: String, version: Int?) throws -> QuoteDetail
    /// What a document of quote `quoteNumber` at `version` (the active one when nil) is made from.
    func documentSource(quoteNumber: String, version: Int?) throws -> DocumentSource
    func sale(id: Int64) throws -> Sale?
    func sale(number: String) throws -> Sale?
    func saleType(id: Int64) throws -> SaleType?
    func company(id: Int64) throws -> Company?
    /// The company with this code, nil when there is none.
    func company(code: String) throws -> Company?
    /// The files attached to version `versionId`, by name.
    func attachments(ofVersion versionId: Int64) throws -> [VersionAttachment]
    /// The default attachments of sale type `saleTypeId`, by name.
    func attachments(ofSaleType saleTypeId: Int64) throws -> [SaleTypeAttachment]
    func associate(id: Int64) throws -> Associate?
    func associate(userName: String) throws -> Associate?
    func associates() throws -> [Associate]
    func products(ids: Set<Int64>) throws -> [Product]
    func priceLists(ids: Set<Int64>) throws -> [PriceList]
    /// The local product with `code`: in price list `priceListName` when given, else in the only
    /// price list that has it (several is ``QuoteError/Code/ambiguous``).
    func product(code: String, priceListName: String?) throws -> Product
    /// Products of the active price lists whose code or name contains `text` (ignoring case; every
    /// product when empty), by code, at most `limit`: the catalogue of the standalone connector.
    func products(matching text: String, limit: Int) throws -> [Product]
    /// The price list with this name (as written), nil when there is none.
    func priceList(named name: String) throws -> PriceList?
    /// The products of price list `priceListId` that are not removed, by code (numbers in
    /// numeric order): the catalogue an import or export works on.
    func products(inPriceList priceListId: Int64) throws -> [Product]
    /// The removed product with `code` in price list `priceListId`, nil when there is none.
    func removedProduct(code: String, priceListId: Int64) throws -> Product?
    /// True when some quote line, in any version, was copied from product `productId`.
    func isQuoted(productId: Int64) throws -> Bool
    /// The ERP connections, `Standalone` first and the rest by name; the removed ones too when
    /// `includingDeleted`.
    func connections(includingDeleted: Bool) throws -> [ERPConnection]
    /// The connection with this name (as written: names are case-sensitive), removed or not.
    func connection(named name: String) throws -> ERPConnection?
    /// Activities with their documents, oldest first, narrowed by `filter`.
    func activities(_ filter: ActivityFilter) throws -> [ActivityRecord]
    /// The state changes of the versions of one quote, oldest first.
    func stateChanges(quoteNumber: String) throws -> [StateChange]
    /// Every archived document, oldest first.
    func documents() throws -> [Document]
    /// The archived documents whose files lie directly in `folder` (an absolute path).
    func documents(inFolder folder: String) throws -> [Document]
    /// The SHA-256 hashes archived for each of `paths` (a path may have several, after re-issues).
    func archivedHashes(paths: [String]) throws -> [String: Set<String>]

    // MARK: Field configuration (issue 13)

    /// The settings of the product and quote-line fields, the defaults for fields never changed.
    func fieldConfiguration() throws -> FieldConfiguration
    // MARK: Sale types, own company and settings

    /// Every sale type, by name.
    func saleTypes() throws -> [SaleType]
    /// The sale type with this name (as written).
    func saleType(named name: String) throws -> SaleType?
    /// Our own company, as documents print it.
    func ownCompany() throws -> OwnCompany
    /// The settings (one set per database).
    func settings() throws -> QuoteSettings

    /// Quotes by number, each with its active version's state and favourite total; only those
    /// whose active version is in `state` when given.
    func quoteSummaries(state: VersionState?) throws -> [QuoteSummary]

    // MARK: Browsing (the command line's lists)

    /// Every price list, by name, with how many products it holds.
    func priceListSummaries() throws -> [PriceListSummary]
    /// Products not removed, by price list and code (numbers in numeric order); only those of
    /// price list `priceListId` when given, only those whose code or name contains `text`
    /// (ignoring ASCII case) when given.
    func products(priceListId: Int64?, containing text: String?) throws -> [Product]
    /// Sales by number (numbers in numeric order); only those with `status`, of the company with
    /// code `companyCode`, when given.
    func saleSummaries(status: SaleStatus?, companyCode: String?) throws -> [SaleSummary]
    /// The quote of sale `saleId`, nil while it has none.
    func quote(saleId: Int64) throws -> Quote?

    // MARK: Sync (issue 15)

    /// Every customer company, by code.
    func companies() throws -> [Company]
    /// The contact people of company `companyId`, in the order they were added.
    func people(ofCompany companyId: Int64) throws -> [Person]
    /// True when some sale is for company `companyId`.
    func hasSales(companyId: Int64) throws -> Bool
    /// The field mappings of connection `connectionId` as saved; empty when never set.
    func fieldMappings(connectionId: Int64) throws -> [FieldMapping]
    /// The list mappings set for connection `connectionId`.
    func listMappings(connectionId: Int64) throws -> [ListMapping]
    /// The defaults for parties made through connection `connectionId`, by ERP field.
    func syncDefaults(connectionId: Int64) throws -> [SyncDefault]
    /// The links of connection `connectionId`'s parties to companies.
    func partyLinks(connectionId: Int64) throws -> [PartyLink]
    /// The links of company `companyId`, one per connection at most.
    func partyLinks(companyId: Int64) throws -> [PartyLink]
    /// The sync log of connection `connectionId`, oldest first; the newest `limit` when given.
    func syncLog(connectionId: Int64, limit: Int?) throws -> [SyncLogEntry]
}
