import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension PostgresSession: StorageReader {
    func quote(number: String) throws -> Quote? { try fetchOne(Quote.self, where: "number = $1", [number]) }

    func versions(of quote: Quote) throws -> [QuoteVersion] {
        try fetchAll(QuoteVersion.self, where: "quoteId = $1", [quote.id], order: "rank")
    }

    func tree(of version: QuoteVersion) throws -> VersionWithAlternatives {
        let alternatives = try fetchAll(QuoteAlternative.self, where: "versionId = $1", [version.id], order: "rank, id")
        let lines = try fetchAll(
            QuoteLine.self, where: "alternativeId IN (SELECT id FROM quoteAlternative WHERE versionId = $1)", [version.id], order: "rank, id")
        let linesByAlternative = Dictionary(grouping: lines, by: \.alternativeId)
        return VersionWithAlternatives(
            version: version,
            alternatives: alternatives.map { AlternativeWithLines(alternative: $0, lines: linesByAlternative[$0.id!] ?? []) })
    }

    func quoteDetail(number: String, version: Int?) throws -> QuoteDetail {
        guard let quote = try quote(number: number) else { throw QuoteError.notFound("quote", number) }
        let versions = try versions(of: quote)
        guard let active = versions.last else { throw QuoteError(.invalid, "quote '\(number)' has no version") }
        let shown: QuoteVersion
        if let version {
            guard let match = versions.first(where: { $0.rank == version }) else {
                throw QuoteError(.notFound, "quote '\(number)' has no version \(version) (it has 1 to \(active.rank))", value: "\(version)", quote: number)
            }
            shown = match
        } else {
            shown = active
        }
        guard let sale = try sale(id: quote.saleId), let company = try company(id: sale.companyId),
              let owner = try associate(id: sale.ownerId), let saleType = try saleType(id: sale.saleTypeId) else {
            throw QuoteError(.invalid, "quote \(number) refers to data that is missing")
        }
        return QuoteDetail(
            quote: quote, sale: sale, company: company, person: try fetch(Person.self, id: sale.personId), owner: owner, saleType: saleType,
            versions: versions.map { QuoteDetail.VersionHeader(rank: $0.rank, state: $0.state) }, version: try tree(of: shown))
    }

    func documentSource(quoteNumber: String, version: Int?) throws -> DocumentSource {
        let detail = try quoteDetail(number: quoteNumber, version: version)
        let productIds = Set(detail.version.alternatives.flatMap { $0.lines.compactMap(\.productId) })
        let fields = try fieldConfiguration()
        return DocumentSource(
            detail: detail, ownCompany: try ownCompany(), images: try images(productIds: productIds),
            stock: fields[.stock].isShown ? try stock(productIds: productIds) : [:], fields: fields, settings: try settings())
    }

    /// The pictures of the products with `productIds` that have one, by product id.
    func images(productIds: Set<Int64>) throws -> [Int64: ProductImage] {
        guard !productIds.isEmpty else { return [:] }
        var images: [Int64: ProductImage] = [:]
        for product in try fetchAll(Product.self, where: "id = ANY($1::bigint[]) AND imageBytes IS NOT NULL", [Self.idArray(productIds)]) {
            images[product.id!] = product.image
        }
        return images
    }

    /// The stock of the products with `productIds` that track it, by product id.
    func stock(productIds: Set<Int64>) throws -> [Int64: ExactDecimal] {
        guard !productIds.isEmpty else { return [:] }
        var stock: [Int64: ExactDecimal] = [:]
        for row in try connection.rows("SELECT id, stock FROM product WHERE id = ANY($1::bigint[]) AND stock IS NOT NULL", [Self.idArray(productIds)]) {
            if let amount = ExactDecimal.fromDatabaseValue(row["stock"]) { stock[row["id"]] = amount }
        }
        return stock
    }

    func sale(id: Int64) throws -> Sale? { try fetch(Sale.self, id: id) }

    func sale(number: String) throws -> Sale? { try fetchOne(Sale.self, where: "number = $1", [number]) }

    func saleType(id: Int64) throws -> SaleType? { try fetch(SaleType.self, id: id) }

    func company(id: Int64) throws -> Company? { try fetch(Company.self, id: id) }

    func company(code: String) throws -> Company? { try fetchOne(Company.self, where: "code = $1", [code]) }

    func attachments(ofVersion versionId: Int64) throws -> [VersionAttachment] {
        try fetchAll(VersionAttachment.self, where: "quoteVersionId = $1", [versionId], order: "fileName COLLATE \"C\"")
    }

    func attachments(ofSaleType saleTypeId: Int64) throws -> [SaleTypeAttachment] {
        try fetchAll(SaleTypeAttachment.self, where: "saleTypeId = $1", [saleTypeId], order: "fileName COLLATE \"C\"")
    }

    func associate(id: Int64) throws -> Associate? { try fetch(Associate.self, id: id) }

    func associate(userName: String) throws -> Associate? { try fetchOne(Associate.self, where: "userName = $1", [userName]) }

    func associates() throws -> [Associate] { try fetchAll(Associate.self, order: "userName COLLATE \"C\"") }

    func products(ids: Set<Int64>) throws -> [Product] {
        ids.isEmpty ? [] : try fetchAll(Product.self, where: "id = ANY($1::bigint[])", [Self.idArray(ids)])
    }

    func priceLists(ids: Set<Int64>) throws -> [PriceList] {
        ids.isEmpty ? [] : try fetchAll(PriceList.self, where: "id = ANY($1::bigint[])", [Self.idArray(ids)])
    }

    func product(code: String, priceListName: String?) throws -> Product {
        var matches: [Product]
        if let priceListName {
            guard let list = try priceList(named: priceListName) else { throw QuoteError.notFound("price list", priceListName) }
            matches = try fetchAll(Product.self, where: "code = $1 AND NOT isRemoved AND priceListId = $2", [code, list.id])
        } else {
            matches = try fetchAll(Product.self, where: "code = $1 AND NOT isRemoved", [code])
        }
        guard let product = matches.first else { throw QuoteError.notFound("product", code) }
        guard matches.count == 1 else {
            throw QuoteError(.ambiguous, "product '\(code)' is in \(matches.count) price lists; name the price list", value: code)
        }
        return product
    }

    func products(matching text: String, limit: Int) throws -> [Product] {
        guard limit > 0 else { return [] }
        var condition = "NOT isRemoved AND priceListId IN (SELECT id FROM priceList WHERE isActive)"
        var arguments: [(any DatabaseValueConvertible)?] = []
        let needle = text.lowercased()
        if !needle.isEmpty {
            condition += " AND (strpos(lower(code), $1) > 0 OR strpos(lower(name), $1) > 0)"
            arguments.append(needle)
        }
        return try fetchAll(Product.self, where: condition, arguments, order: Self.numericOrder("code") + ", priceListId LIMIT \(limit)")
    }

    func priceList(named name: String) throws -> PriceList? { try fetchOne(PriceList.self, where: "name = $1", [name]) }

    func products(inPriceList priceListId: Int64) throws -> [Product] {
        try fetchAll(Product.self, where: "priceListId = $1 AND NOT isRemoved", [priceListId], order: Self.numericOrder("code"))
    }

    func removedProduct(code: String, priceListId: Int64) throws -> Product? {
        try fetchOne(Product.self, where: "priceListId = $1 AND code = $2 AND isRemoved", [priceListId, code])
    }

    func isQuoted(productId: Int64) throws -> Bool {
        try !connection.rows("SELECT 1 FROM quoteLine WHERE productId = $1 LIMIT 1", [productId]).isEmpty
    }

    func connections(includingDeleted: Bool) throws -> [ERPConnection] {
        try fetchAll(
            ERPConnection.self, where: includingDeleted ? "TRUE" : "NOT isDeleted", [ERPConnection.standaloneName],
            order: "name <> $1, name COLLATE \"C\"")
    }

    func connection(named name: String) throws -> ERPConnection? { try fetchOne(ERPConnection.self, where: "name = $1", [name]) }

    func activities(_ filter: ActivityFilter) throws -> [ActivityRecord] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        func add(_ condition: String, _ value: any DatabaseValueConvertible) {
            arguments.append(value)
            conditions.append(condition.replacingOccurrences(of: "?", with: "$\(arguments.count)"))
        }
        if let id = filter.id { add("saleActivity.id = ?", id) }
        if let saleNumber = filter.saleNumber { add("sale.number = ?", saleNumber) }
        if let quoteNumber = filter.quoteNumber { add("quote.number = ?", quoteNumber) }
        if let since = filter.since { add("saleActivity.date >= ?", since) }
        let rows = try connection.rows("""
            SELECT saleActivity.*, sale.number AS saleNumber, quote.number AS quoteNumber, v.rank AS version,
                   associate.userName AS associateUserName
            FROM saleActivity
            JOIN sale ON sale.id = saleActivity.saleId
            JOIN associate ON associate.id = saleActivity.associateId
            LEFT JOIN quoteVersion v ON v.id = saleActivity.quoteVersionId
            LEFT JOIN quote ON quote.id = v.quoteId
            WHERE \(conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND "))
            ORDER BY saleActivity.date, saleActivity.id
            """, arguments)
        let activities: [SaleActivity] = try records(rows)
        let ids = activities.compactMap(\.id)
        let documents = ids.isEmpty ? [] : try fetchAll(Document.self, where: "activityId = ANY($1::bigint[])", [Self.idArray(ids)])
        let byActivity = Dictionary(grouping: documents) { $0.activityId ?? 0 }
        return try zip(rows, activities).map { row, activity in
            ActivityRecord(
                activity: activity, saleNumber: try row.value("saleNumber"), quoteNumber: try row.value("quoteNumber"),
                version: try row.value("version"), associateUserName: try row.value("associateUserName"),
                documents: byActivity[activity.id!] ?? [])
        }
    }

    func stateChanges(quoteNumber: String) throws -> [StateChange] {
        try records(connection.rows("""
            SELECT change.* FROM versionStateChange change
            JOIN quoteVersion v ON v.id = change.quoteVersionId
            JOIN quote ON quote.id = v.quoteId
            WHERE quote.number = $1
            ORDER BY change.id
            """, [quoteNumber]))
    }

    func documents() throws -> [Document] { try fetchAll(Document.self) }

    func documents(inFolder folder: String) throws -> [Document] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let end = String(prefix.dropLast()) + "0"
        return try fetchAll(Document.self, where: "path COLLATE \"C\" >= $1 AND path COLLATE \"C\" < $2", [prefix, end])
            .filter { !$0.path.dropFirst(prefix.count).contains("/") }
    }

    func archivedHashes(paths: [String]) throws -> [String: Set<String>] {
        guard !paths.isEmpty else { return [:] }
        var hashes: [String: Set<String>] = [:]
        for row in try connection.rows("SELECT path, sha256 FROM document WHERE path = ANY($1::text[])", [Self.textArray(paths)]) {
            hashes[row["path"], default: []].insert(row["sha256"])
        }
        return hashes
    }

    func fieldConfiguration() throws -> FieldConfiguration {
        var labels: [ProductField: [String: String]] = [:]
        for row in try connection.rows("SELECT field, language, label FROM fieldLabel") {
            guard let field = ProductField(rawValue: row["field"]) else { continue }
            labels[field, default: [:]][row["language"]] = row["label"]
        }
        let settings = try connection.rows("SELECT field, shown, mandatory, readOnly, rank FROM fieldSetting").compactMap { row -> FieldSetting? in
            guard let field = ProductField(rawValue: row["field"]) else { return nil }
            return FieldSetting(
                field: field, isShown: row["shown"], isMandatory: row["mandatory"], isReadOnly: row["readOnly"], rank: row["rank"],
                labels: labels[field] ?? [:])
        }
        return try FieldConfiguration(settings: settings)
    }

    func saleTypes() throws -> [SaleType] { try fetchAll(SaleType.self, order: "name COLLATE \"C\"") }

    func saleType(named name: String) throws -> SaleType? { try fetchOne(SaleType.self, where: "name = $1", [name]) }

    func ownCompany() throws -> OwnCompany {
        guard let row = try connection.rows("SELECT * FROM ownCompany WHERE id = 1").first else {
            throw QuoteError(.invalid, "the database has no own-company row")
        }
        return try OwnCompany(storedRow: row)
    }

    func settings() throws -> QuoteSettings {
        guard let row = try connection.rows("SELECT * FROM quoteSettings WHERE id = 1").first else {
            throw QuoteError(.invalid, "the database has no settings row")
        }
        return QuoteSettings(
            allowsAlternativeDiscount: try row.value("allowsAlternativeDiscount"), followUpText: try row.value("followUpText"),
            defaultCulture: try row.value("defaultCulture"))
    }

    func quoteSummaries(state: VersionState?) throws -> [QuoteSummary] {
        var sql = QuoteSummary.sql
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let state {
            sql += " WHERE v.state = $1"
            arguments.append(state)
        }
        sql += " ORDER BY \(Self.numericOrder("quote.number"))"
        return try connection.rows(sql, arguments).map(QuoteSummary.init(row:))
    }

    func companies() throws -> [Company] { try fetchAll(Company.self, order: "code COLLATE \"C\"") }

    func people(ofCompany companyId: Int64) throws -> [Person] { try fetchAll(Person.self, where: "companyId = $1", [companyId]) }

    func hasSales(companyId: Int64) throws -> Bool {
        try !connection.rows("SELECT 1 FROM sale WHERE companyId = $1 LIMIT 1", [companyId]).isEmpty
    }

    func fieldMappings(connectionId: Int64) throws -> [FieldMapping] {
        try connection.rows("SELECT crmField, erpField, direction FROM syncFieldMapping WHERE connectionId = $1 ORDER BY position, id", [connectionId])
            .map(FieldMapping.init(storedRow:))
    }

    func listMappings(connectionId: Int64) throws -> [ListMapping] {
        try connection.rows("SELECT list, crmValue, erpValue FROM syncListMapping WHERE connectionId = $1 ORDER BY list COLLATE \"C\", id", [connectionId])
            .map(ListMapping.init(storedRow:))
    }

    func syncDefaults(connectionId: Int64) throws -> [SyncDefault] {
        try connection.rows("SELECT erpField, value, mandatory FROM syncDefault WHERE connectionId = $1 ORDER BY erpField COLLATE \"C\"", [connectionId])
            .map(SyncDefault.init(storedRow:))
    }

    func partyLinks(connectionId: Int64) throws -> [PartyLink] { try fetchAll(PartyLink.self, where: "connectionId = $1", [connectionId]) }

    func partyLinks(companyId: Int64) throws -> [PartyLink] {
        try fetchAll(PartyLink.self, where: "companyId = $1", [companyId], order: "connectionId")
    }

    func syncLog(connectionId: Int64, limit: Int?) throws -> [SyncLogEntry] {
        guard let limit else { return try fetchAll(SyncLogEntry.self, where: "connectionId = $1", [connectionId]) }
        return try records(connection.rows(
            "SELECT * FROM (SELECT * FROM syncLog WHERE connectionId = $1 ORDER BY id DESC LIMIT $2) AS newest ORDER BY id",
            [connectionId, max(limit, 0)]))
    }
}

extension PostgresSession {
    func priceListSummaries() throws -> [PriceListSummary] {
        let lists = try fetchAll(PriceList.self, order: "name COLLATE \"C\"")
        var counts: [Int64: Int] = [:]
        for row in try connection.rows("SELECT priceListId, count(*) AS products FROM product WHERE NOT isRemoved GROUP BY priceListId") {
            counts[row["priceListId"]] = row["products"]
        }
        return lists.map { PriceListSummary(priceList: $0, productCount: counts[$0.id!] ?? 0) }
    }

    func products(priceListId: Int64?, containing text: String?) throws -> [Product] {
        var conditions = ["NOT isRemoved"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let priceListId {
            arguments.append(priceListId)
            conditions.append("priceListId = $\(arguments.count)")
        }
        if let text, !text.isEmpty {
            // SQLite's LIKE: ASCII letters match either case, other characters only themselves.
            arguments.append(QuoteDatabase.likePattern(containing: text))
            let pattern = "$\(arguments.count)"
            conditions.append("(quotedoc_ascii_lower(code) LIKE quotedoc_ascii_lower(\(pattern)) ESCAPE '\\' OR quotedoc_ascii_lower(name) LIKE quotedoc_ascii_lower(\(pattern)) ESCAPE '\\')")
        }
        return try fetchAll(Product.self, where: conditions.joined(separator: " AND "), arguments, order: "priceListId, " + Self.numericOrder("code"))
    }

    func saleSummaries(status: SaleStatus?, companyCode: String?) throws -> [SaleSummary] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let status {
            arguments.append(status)
            conditions.append("sale.status = $\(arguments.count)")
        }
        if let companyCode {
            arguments.append(companyCode)
            conditions.append("company.code = $\(arguments.count)")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try connection.rows(SaleSummary.sql + filter + " ORDER BY " + Self.numericOrder("sale.number"), arguments).map(SaleSummary.init(row:))
    }

    func quote(saleId: Int64) throws -> Quote? { try fetchOne(Quote.self, where: "saleId = $1", [saleId]) }
}
