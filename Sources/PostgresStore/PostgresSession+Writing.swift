import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface

extension PostgresSession: StorageWriter {
    func insert(_ quote: Quote) throws -> Quote { try insertRow(quote) }

    func insert(_ tree: VersionWithAlternatives, favouriteIndex: Int) throws -> VersionWithAlternatives {
        var result = tree
        // The version starts as a draft, so its alternatives and lines can go in; then it takes
        // its state (which may be a frozen one, such as sold for an imported order).
        let state = result.version.state
        result.version.favouriteAlternativeId = nil
        result.version.state = .draft
        result.version = try insertRow(result.version)
        for index in result.alternatives.indices {
            result.alternatives[index].alternative.versionId = result.version.id!
            result.alternatives[index].alternative = try insertRow(result.alternatives[index].alternative)
            let alternativeId = result.alternatives[index].alternative.id!
            for lineIndex in result.alternatives[index].lines.indices {
                result.alternatives[index].lines[lineIndex].alternativeId = alternativeId
                result.alternatives[index].lines[lineIndex] = try insertRow(result.alternatives[index].lines[lineIndex])
            }
        }
        if result.alternatives.indices.contains(favouriteIndex) {
            result.version.favouriteAlternativeId = result.alternatives[favouriteIndex].alternative.id
        }
        result.version.state = state
        try updateRow(result.version, columns: ["favouriteAlternativeId", "state"])
        return result
    }

    func save(_ tree: VersionWithAlternatives, replacing original: VersionWithAlternatives) throws {
        var tree = tree
        let versionId = original.version.id!
        let originalAlternatives = Dictionary(uniqueKeysWithValues: original.alternatives.map { ($0.alternative.id!, $0.alternative) })
        let originalLines = Dictionary(uniqueKeysWithValues: original.alternatives.flatMap(\.lines).map { ($0.id!, $0) })
        for index in tree.alternatives.indices {
            tree.alternatives[index].alternative.versionId = versionId
            tree.alternatives[index].alternative.rank = index + 1
            let alternative = tree.alternatives[index].alternative
            if alternative.id == nil {
                tree.alternatives[index].alternative = try insertRow(alternative)
            } else if originalAlternatives[alternative.id!] != alternative {
                try updateRow(alternative)
            }
            let alternativeId = tree.alternatives[index].alternative.id!
            for lineIndex in tree.alternatives[index].lines.indices {
                tree.alternatives[index].lines[lineIndex].alternativeId = alternativeId
                tree.alternatives[index].lines[lineIndex].rank = lineIndex + 1
                let line = tree.alternatives[index].lines[lineIndex]
                if line.id == nil {
                    tree.alternatives[index].lines[lineIndex] = try insertRow(line)
                } else if originalLines[line.id!] != line {
                    try updateRow(line)
                }
            }
        }
        let keptAlternatives = tree.alternatives.compactMap(\.alternative.id)
        if !keptAlternatives.contains(where: { $0 == tree.version.favouriteAlternativeId }) {
            tree.version.favouriteAlternativeId = keptAlternatives.first
        }
        if tree.version != original.version { try update(tree.version) }
        let keptLines = Set(tree.alternatives.flatMap { $0.lines.compactMap(\.id) })
        let removedLines = originalLines.keys.filter { !keptLines.contains($0) }
        if !removedLines.isEmpty { try connection.execute("DELETE FROM quoteLine WHERE id = ANY($1::bigint[])", [Self.idArray(removedLines)]) }
        let removedAlternatives = originalAlternatives.keys.filter { !keptAlternatives.contains($0) }
        if !removedAlternatives.isEmpty {
            try connection.execute("DELETE FROM quoteAlternative WHERE id = ANY($1::bigint[])", [Self.idArray(removedAlternatives)])
        }
    }

    func update(_ version: QuoteVersion) throws { try updateRow(version) }

    func update(_ quote: Quote) throws { try updateRow(quote) }

    func update(_ sale: Sale) throws { try updateRow(sale) }

    func insert(_ associate: Associate) throws -> Associate {
        if try self.associate(userName: associate.userName) != nil {
            throw QuoteError(.duplicate, "an associate with user name \(associate.userName) exists already", value: associate.userName)
        }
        return try insertRow(associate)
    }

    func insert(_ sale: Sale) throws -> Sale {
        if try self.sale(number: sale.number) != nil {
            throw QuoteError(.duplicate, "a sale with number \(sale.number) exists already", value: sale.number)
        }
        return try insertRow(sale)
    }

    func insert(_ company: Company, contact: Person?) throws -> (Company, Person?) {
        if try self.company(code: company.code) != nil {
            throw QuoteError(.duplicate, "a company with code \(company.code) exists already", value: company.code)
        }
        let company = try insertRow(company)
        guard var contact else { return (company, nil) }
        contact.companyId = company.id!
        return (company, try insertRow(contact))
    }

    func update(_ company: Company) throws { try updateRow(company) }

    func insert(_ attachment: VersionAttachment) throws -> VersionAttachment { try insertRow(attachment) }

    func update(_ attachment: VersionAttachment) throws { try updateRow(attachment) }

    func delete(_ attachment: VersionAttachment) throws { try delete(from: VersionAttachment.databaseTableName, id: attachment.id) }

    func insert(_ attachment: SaleTypeAttachment) throws -> SaleTypeAttachment { try insertRow(attachment) }

    func delete(_ attachment: SaleTypeAttachment) throws { try delete(from: SaleTypeAttachment.databaseTableName, id: attachment.id) }

    func insert(_ connection: ERPConnection) throws -> ERPConnection {
        if try self.connection(named: connection.name) != nil {
            throw QuoteError(.duplicate, "there is already a connection named '\(connection.name)'", value: connection.name)
        }
        return try insertRow(connection)
    }

    func update(_ connection: ERPConnection) throws {
        guard try fetch(ERPConnection.self, id: connection.id) != nil else { throw QuoteError.notFound("connection", connection.name) }
        try updateRow(connection)
    }

    func insert(_ priceList: PriceList) throws -> PriceList {
        if try self.priceList(named: priceList.name) != nil {
            throw QuoteError(.duplicate, "there is already a price list named '\(priceList.name)'", value: priceList.name)
        }
        return try insertRow(priceList)
    }

    func update(_ priceList: PriceList) throws {
        guard try fetch(PriceList.self, id: priceList.id) != nil else { throw QuoteError.notFound("price list", priceList.name) }
        if try fetchOne(PriceList.self, where: "name = $1 AND id <> $2", [priceList.name, priceList.id]) != nil {
            throw QuoteError(.duplicate, "there is already a price list named '\(priceList.name)'", value: priceList.name)
        }
        try updateRow(priceList)
    }

    func insert(_ product: Product) throws -> Product {
        if try !connection.rows("SELECT 1 FROM product WHERE priceListId = $1 AND code = $2", [product.priceListId, product.code]).isEmpty {
            throw QuoteError(.duplicate, "the price list has a product with code '\(product.code)' already", value: product.code)
        }
        return try insertRow(product)
    }

    func update(_ product: Product) throws {
        guard try fetch(Product.self, id: product.id) != nil else { throw QuoteError.notFound("product", product.code) }
        if try fetchOne(Product.self, where: "priceListId = $1 AND code = $2 AND id <> $3", [product.priceListId, product.code, product.id]) != nil {
            throw QuoteError(.duplicate, "the price list has a product with code '\(product.code)' already", value: product.code)
        }
        try updateRow(product)
    }

    func delete(_ product: Product) throws {
        guard try delete(from: Product.databaseTableName, id: product.id) else { throw QuoteError.notFound("product", product.code) }
    }

    func append(_ activity: SaleActivity, documents: [DocumentDraft], versionId: Int64?, now: Date) throws -> SaleActivity {
        let stored = try insertRow(activity)
        for draft in documents {
            guard let versionId else { throw QuoteError(.invalid, "a document belongs to a quote version") }
            _ = try insertRow(Document(
                activityId: stored.id, quoteVersionId: versionId, kind: draft.kind, format: draft.format, path: draft.path,
                sha256: draft.sha256, byteSize: draft.byteSize, templateName: draft.templateName, templateHash: draft.templateHash,
                engineVersion: draft.engineVersion, created: now))
        }
        return stored
    }

    func append(_ change: StateChange) throws {
        _ = try insertRow(change)
    }

    func save(_ configuration: FieldConfiguration) throws {
        try connection.execute("DELETE FROM fieldSetting")
        try connection.execute("DELETE FROM fieldLabel")
        for setting in configuration.changedSettings {
            try connection.execute(
                "INSERT INTO fieldSetting (field, shown, mandatory, readOnly, rank) VALUES ($1, $2, $3, $4, $5)",
                [setting.field.rawValue, setting.isShown, setting.isMandatory, setting.isReadOnly, setting.rank])
            for (language, label) in setting.labels.sorted(by: { $0.key < $1.key }) {
                try connection.execute("INSERT INTO fieldLabel (field, language, label) VALUES ($1, $2, $3)", [setting.field.rawValue, language, label])
            }
        }
    }

    func insert(_ saleType: SaleType) throws -> SaleType {
        if try self.saleType(named: saleType.name) != nil {
            throw QuoteError(.duplicate, "a sale type named '\(saleType.name)' exists already", value: saleType.name)
        }
        return try insertRow(saleType)
    }

    func update(_ saleType: SaleType) throws {
        if let other = try self.saleType(named: saleType.name), other.id != saleType.id {
            throw QuoteError(.duplicate, "a sale type named '\(saleType.name)' exists already", value: saleType.name)
        }
        try updateRow(saleType)
    }

    func update(_ ownCompany: OwnCompany) throws {
        let values = ownCompany.storedValues
        let assignments = values.enumerated().map { "\(Self.column($0.element.column)) = $\($0.offset + 1)" }.joined(separator: ", ")
        try connection.execute("UPDATE ownCompany SET \(assignments) WHERE id = 1", values.map(\.value))
    }

    func update(_ settings: QuoteSettings) throws {
        try connection.execute(
            "UPDATE quoteSettings SET allowsAlternativeDiscount = $1, followUpText = $2, defaultCulture = $3 WHERE id = 1",
            [settings.allowsAlternativeDiscount, settings.followUpText, settings.defaultCulture])
    }

    func delete(_ company: Company) throws {
        guard let id = company.id, try self.company(id: id) != nil else { throw QuoteError.notFound("company", company.code) }
        try connection.execute("DELETE FROM person WHERE companyId = $1", [id])
        try connection.execute("DELETE FROM partyLink WHERE companyId = $1", [id])
        try delete(from: Company.databaseTableName, id: id)
    }

    func save(_ mappings: [FieldMapping], connectionId: Int64) throws {
        try FieldMapping.checkUnique(mappings)
        try connection.execute("DELETE FROM syncFieldMapping WHERE connectionId = $1", [connectionId])
        for (position, mapping) in mappings.enumerated() {
            try connection.execute(
                "INSERT INTO syncFieldMapping (connectionId, crmField, erpField, direction, position) VALUES ($1, $2, $3, $4, $5)",
                [connectionId, mapping.crmField.rawValue, mapping.erpField, mapping.direction.rawValue, position + 1])
        }
    }

    func save(_ mappings: [ListMapping], connectionId: Int64) throws {
        try ListMapping.checkUnique(mappings)
        try connection.execute("DELETE FROM syncListMapping WHERE connectionId = $1", [connectionId])
        for mapping in mappings {
            try connection.execute(
                "INSERT INTO syncListMapping (connectionId, list, crmValue, erpValue) VALUES ($1, $2, $3, $4)",
                [connectionId, mapping.list.rawValue, mapping.crmValue, mapping.erpValue])
        }
    }

    func save(_ defaults: [SyncDefault], connectionId: Int64) throws {
        try SyncDefault.checkUnique(defaults)
        try connection.execute("DELETE FROM syncDefault WHERE connectionId = $1", [connectionId])
        for rule in defaults {
            let value: String? = if case .value(let value) = rule.rule { value } else { nil }
            try connection.execute(
                "INSERT INTO syncDefault (connectionId, erpField, value, mandatory) VALUES ($1, $2, $3, $4)",
                [connectionId, rule.erpField, value, value == nil])
        }
    }

    func insert(_ link: PartyLink) throws -> PartyLink {
        if let existing = try fetchOne(PartyLink.self, where: "connectionId = $1 AND companyId = $2", [link.connectionId, link.companyId]) {
            let code = try company(id: link.companyId)?.code ?? "#\(link.companyId)"
            throw QuoteError(.duplicate, "company \(code) is linked to party \(existing.partyCode) of this connection already: unlink it first", value: code)
        }
        if let existing = try fetchOne(PartyLink.self, where: "connectionId = $1 AND partyKey = $2", [link.connectionId, link.partyKey]) {
            let code = try company(id: existing.companyId)?.code ?? "#\(existing.companyId)"
            throw QuoteError(.duplicate, "party \(link.partyCode) is linked to company \(code) on this connection already: unlink it first", value: link.partyCode)
        }
        return try insertRow(link)
    }

    func update(_ link: PartyLink) throws {
        guard try fetch(PartyLink.self, id: link.id) != nil else { throw QuoteError.notFound("party link", link.partyCode) }
        try updateRow(link, columns: ["partyCode", "base", "syncedAt"])
    }

    func delete(_ link: PartyLink) throws { try delete(from: PartyLink.databaseTableName, id: link.id) }

    func append(_ entries: [SyncLogEntry]) throws {
        for entry in entries {
            var entry = entry
            entry.id = nil
            _ = try insertRow(entry)
        }
    }
}
