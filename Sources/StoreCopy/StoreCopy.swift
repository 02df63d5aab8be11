import Foundation
import GRDB
import QuoteModel
import StorageInterface

/// Copies a whole quotedoc database into a new, empty one on either store (SQLite to PostgreSQL
/// or back): every row with its id, in one transaction, the destination's rules on. The audit
/// chains are not copied but recomputed by the destination from the same rows; the copy fails,
/// keeping nothing, unless every chain ends in the same hash as the source's, so a copied
/// database verifies exactly as its source did.
public enum StoreCopy {
    /// What was copied: rows per table, and the chain heads both databases share.
    public struct Report: Sendable {
        public var rows: [(table: String, count: Int)]
        public var heads: [AuditChainHead]
    }

    /// The tables in an order their references allow (the circular references of quotes and
    /// versions to alternatives are set after the alternatives exist).
    static let tables = [
        "associate", "company", "person", "saleType", "sale", "priceList", "product", "erpConnection", "ownCompany", "quoteSettings",
        "fieldSetting", "fieldLabel", "saleTypeAttachment", "quote", "quoteVersion", "quoteAlternative", "quoteLine", "versionAttachment",
        "saleActivity", "document", "versionStateChange", "syncFieldMapping", "syncListMapping", "syncDefault", "partyLink", "syncLog",
    ]

    /// The tables a new database holds one row of already (`ownCompany`, `quoteSettings`) or may
    /// (the seeded `Standard` sale type and `Standalone` connection).
    static let singletons: Set<String> = ["ownCompany", "quoteSettings"]
    static let seeded: Set<String> = ["saleType", "erpConnection"]
    /// Tables keyed by something other than an id.
    static let keys = ["fieldSetting": "field", "fieldLabel": "field, language"]

    /// Copies `source` into `destination`, which must hold no quotedoc data yet.
    public static func copy(from source: any RowStore & QuoteStorage, to destination: any RowStore & QuoteStorage) throws -> Report {
        let sourceHeads = try source.verifyAuditTrail(noted: []).heads
        var counts: [(table: String, count: Int)] = []
        try destination.writingRows { writer in
            try requireEmpty(writer)
            // What versions and quotes hold back until their alternatives, lines and attachments
            // are in: a version's state and favourite, a quote's order.
            var heldBack: [(table: String, id: Int64, values: TableRow)] = []
            for table in tables {
                // Column names in lower case: PostgreSQL keeps them so, SQLite ignores their case.
                let rows = try source.rows(of: table, orderBy: keys[table] ?? "id").map { row in
                    Dictionary(uniqueKeysWithValues: row.map { ($0.key.lowercased(), $0.value) })
                }
                counts.append((table, rows.count))
                switch table {
                case _ where singletons.contains(table):
                    for row in rows { try writer.update(table, id: 1, row.filter { $0.key != "id" }) }
                case _ where seeded.contains(table):
                    for seed in try writer.rows(of: table, orderBy: "id") {
                        if let id = Int64.fromDatabaseValue(seed["id"] ?? .null) { try writer.deleteSeeded(from: table, id: id) }
                    }
                    for row in rows { try writer.insert(into: table, row) }
                case "quote", "quoteVersion":
                    let later = table == "quote" ? ["acceptedalternativeid", "erporderkey", "erporderstate"] : ["state", "archivedstate", "favouritealternativeid"]
                    let first: TableRow = table == "quote"
                        ? ["acceptedalternativeid": .null, "erporderkey": "".databaseValue, "erporderstate": "".databaseValue]
                        : ["state": "draft".databaseValue, "archivedstate": .null, "favouritealternativeid": .null]
                    for row in rows {
                        try writer.insert(into: table, row.merging(first) { $1 })
                        let id = Int64.fromDatabaseValue(row["id"] ?? .null) ?? 0
                        heldBack.append((table, id, row.filter { later.contains($0.key) }))
                    }
                case "saleActivity", "document", "versionStateChange":
                    // The destination chains each row itself.
                    for row in rows { try writer.insert(into: table, row.filter { $0.key != "chainhash" }) }
                default:
                    for row in rows { try writer.insert(into: table, row) }
                }
                if table == "versionAttachment" {
                    // Versions before quotes: an order's alternative is the favourite of a final version.
                    for held in heldBack.sorted(by: { $0.table > $1.table }) { try writer.update(held.table, id: held.id, held.values) }
                }
            }
            for table in tables where keys[table] == nil && !singletons.contains(table) { try writer.continueIds(of: table) }
            guard try writer.auditHeads() == sourceHeads else {
                throw QuoteError(.corrupt, "the copy's audit chains would end in other hashes than the source's; nothing was copied (check the source with quotedoc document verify)")
            }
        }
        return Report(rows: counts, heads: sourceHeads)
    }

    /// Refuses a destination with sales, quotes or products in it.
    private static func requireEmpty(_ destination: any RowWriter) throws {
        for table in ["sale", "quote", "product", "company", "associate", "saleActivity", "document"] where !(try destination.rows(of: table, orderBy: "id")).isEmpty {
            throw QuoteError(.duplicate, "the destination holds quotedoc data already (its \(table) table has rows); copy into a new database")
        }
    }
}
