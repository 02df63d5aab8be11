import Foundation
import GRDB
import QuoteModel
import StorageInterface

/// One transaction on the SQLite database, as the workflow sees it: loading, saving and
/// querying, no rules.
struct SQLiteSession: StorageWriter {
    let db: Database

    func quote(number: String) throws -> Quote? {
        try Quote.filter(Column("number") == number).fetchOne(db)
    }

    func versions(of quote: Quote) throws -> [QuoteVersion] {
        try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
    }

    func tree(of version: QuoteVersion) throws -> VersionWithAlternatives {
        try QuoteDatabase.loadTree(db, version: version)
    }

    func quoteDetail(number: String, version: Int?) throws -> QuoteDetail {
        try QuoteDatabase.quoteDetail(db, number: number, version: version)
    }

    func documentSource(quoteNumber: String, version: Int?) throws -> DocumentSource {
        try QuoteDatabase.documentSource(db, quoteNumber: quoteNumber, version: version)
    }

    func sale(id: Int64) throws -> Sale? { try Sale.fetchOne(db, key: id) }

    func sale(number: String) throws -> Sale? { try Sale.filter(Column("number") == number).fetchOne(db) }

    func saleType(id: Int64) throws -> SaleType? { try SaleType.fetchOne(db, key: id) }

    func company(id: Int64) throws -> Company? { try Company.fetchOne(db, key: id) }

    func company(code: String) throws -> Company? { try Company.filter(Column("code") == code).fetchOne(db) }

    func insert(_ company: Company, contact: Person?) throws -> (Company, Person?) {
        if try self.company(code: company.code) != nil {
            throw QuoteError(.duplicate, "a company with code \(company.code) exists already", value: company.code)
        }
        let company = try company.inserted(db)
        guard var contact else { return (company, nil) }
        contact.companyId = company.id!
        return (company, try contact.inserted(db))
    }

    func update(_ company: Company) throws { try company.update(db) }

    func attachments(ofVersion versionId: Int64) throws -> [VersionAttachment] {
        try VersionAttachment.filter(Column("quoteVersionId") == versionId).order(Column("fileName")).fetchAll(db)
    }

    func attachments(ofSaleType saleTypeId: Int64) throws -> [SaleTypeAttachment] {
        try SaleTypeAttachment.filter(Column("saleTypeId") == saleTypeId).order(Column("fileName")).fetchAll(db)
    }

    func insert(_ attachment: VersionAttachment) throws -> VersionAttachment { try attachment.inserted(db) }

    func update(_ attachment: VersionAttachment) throws { try attachment.update(db) }

    func delete(_ attachment: VersionAttachment) throws { _ = try attachment.delete(db) }

    func insert(_ attachment: SaleTypeAttachment) throws -> SaleTypeAttachment { try attachment.inserted(db) }

    func delete(_ attachment: SaleTypeAttachment) throws { _ = try attachment.delete(db) }

    func associate(id: Int64) throws -> Associate? { try Associate.fetchOne(db, key: id) }

    func associate(userName: String) throws -> Associate? {
        try Associate.filter(Column("userName") == userName).fetchOne(db)
    }

    func associates() throws -> [Associate] { try Associate.order(Column("userName")).fetchAll(db) }

    func products(ids: Set<Int64>) throws -> [Product] { try Product.fetchAll(db, keys: ids) }

    func priceLists(ids: Set<Int64>) throws -> [PriceList] { try PriceList.fetchAll(db, keys: ids) }

    func product(code: String, priceListName: String?) throws -> Product {
        var priceListId: Int64?
        if let priceListName {
            guard let list = try PriceList.filter(Column("name") == priceListName).fetchOne(db) else { throw QuoteError.notFound("price list", priceListName) }
            priceListId = list.id
        }
        return try QuoteDatabase.product(db, code: code, priceListId: priceListId)
    }

    func products(matching text: String, limit: Int) throws -> [Product] {
        try QuoteDatabase.products(db, matching: text, limit: limit)
    }

    func priceList(named name: String) throws -> PriceList? {
        try PriceList.filter(Column("name") == name).fetchOne(db)
    }

    func products(inPriceList priceListId: Int64) throws -> [Product] {
        try QuoteDatabase.products(db, inPriceList: priceListId)
    }

    func removedProduct(code: String, priceListId: Int64) throws -> Product? {
        try Product.filter(Column("priceListId") == priceListId && Column("code") == code && Column("isRemoved") == true).fetchOne(db)
    }

    func isQuoted(productId: Int64) throws -> Bool {
        try QuoteLine.filter(Column("productId") == productId).isEmpty(db) == false
    }

    func connections(includingDeleted: Bool) throws -> [ERPConnection] {
        try QuoteDatabase.connections(db, includingDeleted: includingDeleted)
    }

    func connection(named name: String) throws -> ERPConnection? {
        try ERPConnection.filter(Column("name") == name).fetchOne(db)
    }

    func activities(_ filter: ActivityFilter) throws -> [ActivityRecord] {
        try QuoteDatabase.activities(db, filter)
    }

    func stateChanges(quoteNumber: String) throws -> [StateChange] {
        try QuoteDatabase.stateChanges(db, quoteNumber: quoteNumber)
    }

    func documents() throws -> [Document] { try Document.order(Column("id")).fetchAll(db) }

    func documents(inFolder folder: String) throws -> [Document] {
        try QuoteDatabase.documents(db, inFolder: folder)
    }

    func archivedHashes(paths: [String]) throws -> [String: Set<String>] {
        try QuoteDatabase.archivedHashes(db, paths: paths)
    }

    func insert(_ quote: Quote) throws -> Quote { try quote.inserted(db) }

    func insert(_ tree: VersionWithAlternatives, favouriteIndex: Int) throws -> VersionWithAlternatives {
        try QuoteDatabase.insert(db, tree, favouriteIndex: favouriteIndex)
    }

    func save(_ tree: VersionWithAlternatives, replacing original: VersionWithAlternatives) throws {
        try QuoteDatabase.save(db, tree, replacing: original)
    }

    func update(_ version: QuoteVersion) throws { try version.update(db) }

    func update(_ quote: Quote) throws { try quote.update(db) }

    func update(_ sale: Sale) throws { try sale.update(db) }

    func insert(_ associate: Associate) throws -> Associate {
        if try self.associate(userName: associate.userName) != nil {
            throw QuoteError(.duplicate, "an associate with user name \(associate.userName) exists already", value: associate.userName)
        }
        return try associate.inserted(db)
    }

    func insert(_ sale: Sale) throws -> Sale {
        if try self.sale(number: sale.number) != nil {
            throw QuoteError(.duplicate, "a sale with number \(sale.number) exists already", value: sale.number)
        }
        return try sale.inserted(db)
    }

    func insert(_ connection: ERPConnection) throws -> ERPConnection { try QuoteDatabase.insert(db, connection) }

    func update(_ connection: ERPConnection) throws { try QuoteDatabase.update(db, connection) }

    func insert(_ priceList: PriceList) throws -> PriceList { try QuoteDatabase.insert(db, priceList) }

    func update(_ priceList: PriceList) throws { try QuoteDatabase.update(db, priceList) }

    func insert(_ product: Product) throws -> Product { try QuoteDatabase.insert(db, product) }

    func update(_ product: Product) throws { try QuoteDatabase.update(db, product) }

    func delete(_ product: Product) throws { try QuoteDatabase.delete(db, product) }

    func append(_ activity: SaleActivity, documents: [DocumentDraft], versionId: Int64?, now: Date) throws -> SaleActivity {
        try QuoteDatabase.record(activity, documents: documents, versionId: versionId, now: now, db)
    }

    func append(_ change: StateChange) throws {
        var change = change
        try change.insert(db)
    }

    // MARK: Field configuration (issue 13)

    func fieldConfiguration() throws -> FieldConfiguration { try QuoteDatabase.fieldConfiguration(db) }

    func save(_ configuration: FieldConfiguration) throws { try QuoteDatabase.save(db, configuration) }
    // MARK: Sale types, own company and settings

    func saleTypes() throws -> [SaleType] { try SaleType.order(Column("name")).fetchAll(db) }

    func saleType(named name: String) throws -> SaleType? { try QuoteDatabase.saleType(db, named: name) }

    func ownCompany() throws -> OwnCompany { try QuoteDatabase.ownCompany(db) }

    func settings() throws -> QuoteSettings { try QuoteDatabase.settings(db) }

    func insert(_ saleType: SaleType) throws -> SaleType { try QuoteDatabase.insert(db, saleType) }

    func update(_ saleType: SaleType) throws { try QuoteDatabase.update(db, saleType) }

    func update(_ ownCompany: OwnCompany) throws { try QuoteDatabase.setOwnCompany(ownCompany, db) }

    func update(_ settings: QuoteSettings) throws { try QuoteDatabase.setSettings(settings, db) }

    func quoteSummaries(state: VersionState?) throws -> [QuoteSummary] { try QuoteDatabase.quoteSummaries(db, state: state) }

    // MARK: Browsing

    func priceListSummaries() throws -> [PriceListSummary] { try QuoteDatabase.priceListSummaries(db) }

    func products(priceListId: Int64?, containing text: String?) throws -> [Product] {
        try QuoteDatabase.products(db, priceListId: priceListId, containing: text)
    }

    func saleSummaries(status: SaleStatus?, companyCode: String?) throws -> [SaleSummary] {
        try QuoteDatabase.saleSummaries(db, status: status, companyCode: companyCode)
    }

    func quote(saleId: Int64) throws -> Quote? { try Quote.filter(Column("saleId") == saleId).fetchOne(db) }

    // MARK: Sync (issue 15)

    func companies() throws -> [Company] { try Company.order(Column("code")).fetchAll(db) }

    func people(ofCompany companyId: Int64) throws -> [Person] {
        try Person.filter(Column("companyId") == companyId).order(Column("id")).fetchAll(db)
    }

    func hasSales(companyId: Int64) throws -> Bool {
        try Sale.filter(Column("companyId") == companyId).isEmpty(db) == false
    }

    func fieldMappings(connectionId: Int64) throws -> [FieldMapping] { try QuoteDatabase.fieldMappings(db, connectionId: connectionId) }

    func listMappings(connectionId: Int64) throws -> [ListMapping] { try QuoteDatabase.listMappings(db, connectionId: connectionId) }

    func syncDefaults(connectionId: Int64) throws -> [SyncDefault] { try QuoteDatabase.syncDefaults(db, connectionId: connectionId) }

    func partyLinks(connectionId: Int64) throws -> [PartyLink] {
        try PartyLink.filter(Column("connectionId") == connectionId).order(Column("id")).fetchAll(db)
    }

    func partyLinks(companyId: Int64) throws -> [PartyLink] {
        try PartyLink.filter(Column("companyId") == companyId).order(Column("connectionId")).fetchAll(db)
    }

    func syncLog(connectionId: Int64, limit: Int?) throws -> [SyncLogEntry] {
        try QuoteDatabase.syncLog(db, connectionId: connectionId, limit: limit)
    }

    func delete(_ company: Company) throws { try QuoteDatabase.delete(db, company) }

    func save(_ mappings: [FieldMapping], connectionId: Int64) throws { try QuoteDatabase.save(db, mappings, connectionId: connectionId) }

    func save(_ mappings: [ListMapping], connectionId: Int64) throws { try QuoteDatabase.save(db, mappings, connectionId: connectionId) }

    func save(_ defaults: [SyncDefault], connectionId: Int64) throws { try QuoteDatabase.save(db, defaults, connectionId: connectionId) }

    func insert(_ link: PartyLink) throws -> PartyLink { try QuoteDatabase.insert(db, link) }

    func update(_ link: PartyLink) throws { try QuoteDatabase.update(db, link) }

    func delete(_ link: PartyLink) throws { _ = try link.delete(db) }

    func append(_ entries: [SyncLogEntry]) throws { try QuoteDatabase.append(db, entries) }
}

extension QuoteDatabase: QuoteStorage {
    public func snapshot<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        try read { db in try body(SQLiteSession(db: db)) }
    }

    public func transaction<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        try write { db in try body(SQLiteSession(db: db)) }
    }
}
