import GRDB
import QuoteModel

extension QuoteDatabase {
    // MARK: Companies

    /// Removes a company with its contact people and its party links. Its sales are not touched:
    /// a company with sales is refused by the workflow before, and by the sale's foreign key.
    static func delete(_ db: Database, _ company: Company) throws {
        guard let id = company.id, try Company.exists(db, key: id) else { throw QuoteError.notFound("company", company.code) }
        try Person.filter(Column("companyId") == id).deleteAll(db)
        try PartyLink.filter(Column("companyId") == id).deleteAll(db)
        _ = try Company.deleteOne(db, key: id)
    }

    // MARK: Field mappings

    /// The field mappings of connection `connectionId` in the order they were saved. A stored
    /// value this build does not know is a damaged database.
    static func fieldMappings(_ db: Database, connectionId: Int64) throws -> [FieldMapping] {
        let sql = "SELECT crmField, erpField, direction FROM syncFieldMapping WHERE connectionId = ? ORDER BY position, id"
        return try Row.fetchAll(db, sql: sql, arguments: [connectionId]).map(FieldMapping.init(storedRow:))
    }

    /// Replaces the field mappings of connection `connectionId` with `mappings`, in their order.
    /// Two mappings of one ERP field are ``QuoteError/Code/duplicate``.
    static func save(_ db: Database, _ mappings: [FieldMapping], connectionId: Int64) throws {
        try FieldMapping.checkUnique(mappings)
        try db.execute(sql: "DELETE FROM syncFieldMapping WHERE connectionId = ?", arguments: [connectionId])
        let insert = try db.cachedStatement(sql: "INSERT INTO syncFieldMapping (connectionId, crmField, erpField, direction, position) VALUES (?, ?, ?, ?, ?)")
        for (position, mapping) in mappings.enumerated() {
            try insert.execute(arguments: [connectionId, mapping.crmField.rawValue, mapping.erpField, mapping.direction.rawValue, position + 1])
        }
    }

    // MARK: List mappings

    /// The list mappings of connection `connectionId`, by list, in the order they were saved.
    static func listMappings(_ db: Database, connectionId: Int64) throws -> [ListMapping] {
        let sql = "SELECT list, crmValue, erpValue FROM syncListMapping WHERE connectionId = ? ORDER BY list, id"
        return try Row.fetchAll(db, sql: sql, arguments: [connectionId]).map(ListMapping.init(storedRow:))
    }

    /// Replaces the list mappings of connection `connectionId` with `mappings`. A value mapped
    /// twice in one list, on either side, is ``QuoteError/Code/duplicate``.
    static func save(_ db: Database, _ mappings: [ListMapping], connectionId: Int64) throws {
        try ListMapping.checkUnique(mappings)
        try db.execute(sql: "DELETE FROM syncListMapping WHERE connectionId = ?", arguments: [connectionId])
        let insert = try db.cachedStatement(sql: "INSERT INTO syncListMapping (connectionId, list, crmValue, erpValue) VALUES (?, ?, ?, ?)")
        for mapping in mappings {
            try insert.execute(arguments: [connectionId, mapping.list.rawValue, mapping.crmValue, mapping.erpValue])
        }
    }

    // MARK: Defaults

    /// The defaults of connection `connectionId`, by ERP field.
    static func syncDefaults(_ db: Database, connectionId: Int64) throws -> [SyncDefault] {
        let sql = "SELECT erpField, value, mandatory FROM syncDefault WHERE connectionId = ? ORDER BY erpField"
        return try Row.fetchAll(db, sql: sql, arguments: [connectionId]).map(SyncDefault.init(storedRow:))
    }

    /// Replaces the defaults of connection `connectionId` with `defaults`. Two defaults of one
    /// ERP field are ``QuoteError/Code/duplicate``.
    static func save(_ db: Database, _ defaults: [SyncDefault], connectionId: Int64) throws {
        try SyncDefault.checkUnique(defaults)
        try db.execute(sql: "DELETE FROM syncDefault WHERE connectionId = ?", arguments: [connectionId])
        let insert = try db.cachedStatement(sql: "INSERT INTO syncDefault (connectionId, erpField, value, mandatory) VALUES (?, ?, ?, ?)")
        for rule in defaults {
            switch rule.rule {
            case .value(let value): try insert.execute(arguments: [connectionId, rule.erpField, value, false])
            case .mandatory: try insert.execute(arguments: [connectionId, rule.erpField, nil as String?, true])
            }
        }
    }

    // MARK: Party links

    /// Adds a link. A second link of the company, or of the party, on the same connection is
    /// refused naming the company and the party (the table's unique indexes would only name
    /// their columns).
    static func insert(_ db: Database, _ link: PartyLink) throws -> PartyLink {
        let sameConnection = PartyLink.filter(Column("connectionId") == link.connectionId)
        if let existing = try sameConnection.filter(Column("companyId") == link.companyId).fetchOne(db) {
            let code = try companyCode(db, id: link.companyId)
            throw QuoteError(
                .duplicate, "company \(code) is linked to party \(existing.partyCode) of this connection already: unlink it first", value: code)
        }
        if let existing = try sameConnection.filter(Column("partyKey") == link.partyKey).fetchOne(db) {
            let code = try companyCode(db, id: existing.companyId)
            throw QuoteError(
                .duplicate, "party \(link.partyCode) is linked to company \(code) on this connection already: unlink it first", value: link.partyCode)
        }
        return try link.inserted(db)
    }

    /// Writes a stored link's party code, base and sync time; its company, connection, party key
    /// and link time never change.
    static func update(_ db: Database, _ link: PartyLink) throws {
        guard let id = link.id, try PartyLink.exists(db, key: id) else { throw QuoteError.notFound("party link", link.partyCode) }
        try db.execute(
            sql: "UPDATE partyLink SET partyCode = ?, base = ?, syncedAt = ? WHERE id = ?",
            arguments: [link.partyCode, try PartyLink.json(link.base), link.syncedAt, id])
    }

    /// The code of company `id`, for messages; its id when it has none.
    private static func companyCode(_ db: Database, id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT code FROM company WHERE id = ?", arguments: [id]) ?? "#\(id)"
    }

    // MARK: Sync log

    /// The sync log of connection `connectionId`, oldest first; only the newest `limit` entries
    /// when given.
    static func syncLog(_ db: Database, connectionId: Int64, limit: Int?) throws -> [SyncLogEntry] {
        guard let limit else {
            return try fetchAll(db, SyncLogEntry.filter(Column("connectionId") == connectionId).order(Column("id")))
        }
        return try fetchAll(db, sql: """
            SELECT * FROM (SELECT * FROM syncLog WHERE connectionId = ? ORDER BY id DESC LIMIT ?) ORDER BY id
            """, arguments: [connectionId, max(limit, 0)])
    }

    /// Appends `entries` to the sync log, in their order.
    static func append(_ db: Database, _ entries: [SyncLogEntry]) throws {
        for entry in entries {
            var entry = entry
            entry.id = nil
            try entry.insert(db)
        }
    }
}

extension FieldMapping {
    /// A mapping from its stored row (either store's); a value this build does not know is a
    /// damaged database.
    package init(storedRow row: Row) throws {
        let crm: String = row["crmField"]
        let direction: String = row["direction"]
        guard let crmField = CompanyField(rawValue: crm), let syncDirection = SyncDirection(rawValue: direction) else {
            throw QuoteError(.corrupt, "a field mapping of a connection names an unknown company field '\(crm)' or direction '\(direction)'; restore the database from a backup", value: crm)
        }
        self.init(crmField: crmField, erpField: row["erpField"], direction: syncDirection)
    }

    /// Refuses two mappings of one ERP field.
    package static func checkUnique(_ mappings: [FieldMapping]) throws {
        var seen: Set<String> = []
        for mapping in mappings where !seen.insert(mapping.erpField).inserted {
            throw QuoteError(.duplicate, "the ERP field \(mapping.erpField) is mapped twice: map each ERP field once", value: mapping.erpField)
        }
    }
}

extension ListMapping {
    /// A list mapping from its stored row (either store's).
    package init(storedRow row: Row) throws {
        let list: String = row["list"]
        guard let name = SyncListName(rawValue: list) else {
            throw QuoteError(.corrupt, "a list mapping of a connection names an unknown list '\(list)'; restore the database from a backup", value: list)
        }
        self.init(list: name, crmValue: row["crmValue"], erpValue: row["erpValue"])
    }

    /// Refuses a value mapped twice in one list, on either side.
    package static func checkUnique(_ mappings: [ListMapping]) throws {
        var crmValues: Set<[String]> = []
        var erpValues: Set<[String]> = []
        for mapping in mappings {
            if !crmValues.insert([mapping.list.rawValue, mapping.crmValue]).inserted {
                throw QuoteError(.duplicate, "'\(mapping.crmValue)' is mapped twice in the \(mapping.list.rawValue) list: map each value once", value: mapping.crmValue)
            }
            if !erpValues.insert([mapping.list.rawValue, mapping.erpValue]).inserted {
                throw QuoteError(.duplicate, "the ERP's \(mapping.list.rawValue) \(mapping.erpValue) is mapped twice: map each value once", value: mapping.erpValue)
            }
        }
    }
}

extension SyncDefault {
    /// A default from its stored row (either store's).
    package init(storedRow row: Row) throws {
        let value: String? = row["value"]
        self.init(erpField: row["erpField"], rule: value.map { SyncDefault.Rule.value($0) } ?? .mandatory)
    }

    /// Refuses two defaults of one ERP field.
    package static func checkUnique(_ defaults: [SyncDefault]) throws {
        var seen: Set<String> = []
        for rule in defaults where !seen.insert(rule.erpField).inserted {
            throw QuoteError(.duplicate, "the ERP field \(rule.erpField) has two defaults: give each field one", value: rule.erpField)
        }
    }
}
