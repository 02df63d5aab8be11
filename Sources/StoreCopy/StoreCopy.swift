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
        try source.readingRows { reader in
            try destination.writingRows { writer in
                try requireEmpty(writer)
                // What versions and quotes hold back until their alternatives, lines and
                // attachments are in: a version's state and favourite, a quote's order.
                var heldBack: [(table: String, id: Int64, values: TableRow)] = []
                for table in tables {
                    var count = 0
                    if seeded.contains(table) {
                        for seed in try writer.allRows(of: table, orderBy: "id") {
                            if let id = Int64.fromDatabaseValue(seed["id"] ?? .null) { try writer.deleteSeeded(from: table, id: id) }
                        }
                    }
                    try reader.forEachPage(of: table, orderBy: keys[table] ?? "id") { page in
                        // Column names in lower case: PostgreSQL keeps them so, SQLite ignores their case.
                        let rows = page.map { row in Dictionary(uniqueKeysWithValues: row.map { ($0.key.lowercased(), $0.value) }) }
                        count += rows.count
                        try copy(rows, of: table, to: writer, holdingBack: &heldBack)
                    }
                    counts.append((table, count))
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
        }
        try destination.analyzeRows()
        return Report(rows: counts, heads: sourceHeads)
    }

    /// Writes one page of `table`'s rows: a singleton's over the destination's own row, a
    /// chained table's without its chain, a quote's and a version's with what must wait for
    /// their alternatives held back.
    private static func copy(_ rows: [TableRow], of table: String, to writer: any RowWriter, holdingBack heldBack: inout [(table: String, id: Int64, values: TableRow)]) throws {
        switch table {
        case _ where singletons.contains(table):
            for row in rows { try writer.update(table, id: 1, row.filter { $0.key != "id" }) }
        case "quote", "quoteVersion":
            let later = table == "quote" ? ["acceptedalternativeid", "erporderkey", "erporderstate"] : ["state", "archivedstate", "favouritealternativeid"]
            let first: TableRow = table == "quote"
                ? ["acceptedalternativeid": .null, "erporderkey": "".databaseValue, "erporderstate": "".databaseValue]
                : ["state": "draft".databaseValue, "archivedstate": .null, "favouritealternativeid": .null]
            try writer.insert(into: table, rows.map { $0.merging(first) { $1 } })
            for row in rows {
                heldBack.append((table, Int64.fromDatabaseValue(row["id"] ?? .null) ?? 0, row.filter { later.contains($0.key) }))
            }
        case "saleActivity", "document", "versionStateChange":
            // The destination chains each row itself.
            try writer.insert(into: table, rows.map { $0.filter { $0.key != "chainhash" } })
        default:
            try writer.insert(into: table, rows)
        }
    }

    /// Refuses a destination with sales, quotes or products in it.
    private static func requireEmpty(_ destination: any RowWriter) throws {
        for table in ["sale", "quote", "product", "company", "associate", "saleActivity", "document"] where try hasRows(table, destination) {
            throw QuoteError(.duplicate, "the destination holds quotedoc data already (its \(table) table has rows); copy into a new database")
        }
    }

    private static func hasRows(_ table: String, _ destination: any RowWriter) throws -> Bool {
        var found = false
        try destination.forEachPage(of: table, orderBy: "id") { _ in found = true }
        return found
    }
}
