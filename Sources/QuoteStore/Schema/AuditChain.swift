import Crypto
import GRDB

/// The hash chains of the audit trail. Every row of `saleActivity`, `document` and
/// `versionStateChange` carries a `chainHash`: the SHA-256 (64 lowercase hex digits) of the
/// previous row's `chainHash` (by id; 64 zeros before the first row) followed by the row's
/// canonical text.
///
/// The canonical text is every column of the row, in the order of the lists below, each as
/// SQLite's `quote()` prints it (`NULL`, a number, or a string literal with its quotes doubled),
/// joined by commas: unambiguous, and computed by SQLite itself both when a trigger chains a row
/// and when the chain is checked. No chained column holds a floating-point number, whose printing
/// could differ between SQLite versions. Migration v5-audit-trail fixed this definition: changing
/// it breaks every existing chain, so a column added later needs a new chain version.
package enum AuditChain {
    /// The SQL function every connection registers: `quotedoc_sha256(text)`.
    static let functionName = "quotedoc_sha256"

    /// What the first row of a chain follows.
    static let genesis = String(repeating: "0", count: 64)

    /// The columns of a sale activity's canonical text.
    static let saleActivityColumns = ["id", "kind", "saleId", "quoteVersionId", "associateId", "date", "text"]

    /// The columns of a version state change's canonical text (migration v6-version-state-changes).
    static let stateChangeColumns = ["id", "quoteVersionId", "fromState", "toState", "associateId", "at", "note"]

    /// The columns of an archived document's canonical text.
    static let documentColumns = [
        "id", "activityId", "quoteVersionId", "kind", "format", "path", "sha256", "byteSize", "templateName", "templateHash",
        "engineVersion", "created",
    ]

    /// `quotedoc_sha256(text)`: ``sha256Hex(_:)`` of the text, NULL for NULL. Deterministic, so
    /// triggers may call it.
    static let sha256Function = DatabaseFunction(functionName, argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(sha256Hex)
    }

    /// The SQL expression of the canonical text of the row in scope (unqualified column names).
    static func canonicalTextSQL(_ columns: [String]) -> String {
        columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
    }

    /// The chain hash of a row whose canonical text is `canonical`, following a row whose chain
    /// hash is `previous`.
    static func link(previous: String, canonical: String) -> String {
        sha256Hex(previous + canonical)
    }

    /// The SHA-256 of `text`'s UTF-8 bytes as 64 lowercase hex digits.
    static func sha256Hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(text.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// One row of a chained table as the chain sees it.
    package struct Link {
        package let id: Int64
        /// The stored `chainHash`; nil when the row was written without one.
        package let chainHash: String?
        package let canonical: String

        package init(id: Int64, chainHash: String?, canonical: String) {
            self.id = id
            self.chainHash = chainHash
            self.canonical = canonical
        }
    }

    /// Every row of `table` (whose canonical text covers `columns`), in id order.
    package static func links(of table: String, columns: [String], _ db: Database) throws -> [Link] {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, chainHash, \(canonicalTextSQL(columns)) FROM \(table) ORDER BY id")
        var links: [Link] = []
        while let row = try rows.next() {
            // A chain hash that is not text (written behind quotedoc's back) reads as none.
            links.append(Link(id: try row.value(at: 0), chainHash: String.fromDatabaseValue(row[1]), canonical: try row.value(at: 2)))
        }
        return links
    }
}
