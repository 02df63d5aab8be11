import GRDB
import GRDBSQLite
import StorageInterface

/// SQLite's own part of reading a page of document sources: the rows of the page's quotes, sales,
/// companies, people, versions, alternatives, lines and pictured products, found by the ids the
/// real read found, stepped through with every column produced as SQLite stores it (the bytes of
/// text and blobs, integers, reals) and nothing made of them. What reading costs beyond this is
/// quotedoc's: decoding the columns into the model and assembling the sources.
struct SQLiteFloor {
    /// Each table with its key column and the keys to read.
    private let reads: [(table: String, key: String, ids: [Int64], order: String)]

    /// The reads behind `sources`.
    init(_ sources: [DocumentSource]) {
        let details = sources.map(\.detail)
        let alternatives = details.flatMap(\.version.alternatives)
        let lines = alternatives.flatMap(\.lines)
        reads = [
            ("quote", "id", details.compactMap(\.quote.id), ""),
            ("sale", "id", details.compactMap(\.sale.id), ""),
            ("company", "id", Array(Set(details.compactMap(\.company.id))), ""),
            ("person", "id", Array(Set(details.compactMap { $0.person?.id })), ""),
            ("quoteVersion", "id", details.compactMap(\.version.version.id), ""),
            ("quoteAlternative", "id", alternatives.compactMap(\.alternative.id), " ORDER BY versionId, rank, id"),
            ("quoteLine", "alternativeId", alternatives.compactMap(\.alternative.id), " ORDER BY alternativeId, rank, id"),
            ("product", "id", Array(Set(lines.compactMap(\.productId))), ""),
        ]
    }

    /// Steps through every row of the reads; returns a sum of what was produced, so that no
    /// column access can be left out.
    func step(_ db: Database) throws -> Int {
        var produced = 0
        for read in reads {
            let ids = "[" + read.ids.map(String.init).joined(separator: ",") + "]"
            let statement = try db.cachedStatement(sql: "SELECT * FROM \(read.table) WHERE \(read.key) IN (SELECT value FROM json_each(?))\(read.order)")
            try statement.setArguments([ids])
            let sqlite = statement.sqliteStatement
            let columns = sqlite3_column_count(sqlite)
            while sqlite3_step(sqlite) == SQLITE_ROW {
                for column in 0..<columns {
                    switch sqlite3_column_type(sqlite, column) {
                    case SQLITE_INTEGER: produced &+= Int(sqlite3_column_int64(sqlite, column))
                    case SQLITE_FLOAT: produced &+= Int(sqlite3_column_double(sqlite, column))
                    case SQLITE_TEXT: produced &+= Int(bitPattern: sqlite3_column_text(sqlite, column)) &+ Int(sqlite3_column_bytes(sqlite, column))
                    case SQLITE_BLOB: produced &+= Int(bitPattern: sqlite3_column_blob(sqlite, column)) &+ Int(sqlite3_column_bytes(sqlite, column))
                    default: break
                    }
                }
            }
            sqlite3_reset(sqlite)
        }
        return produced
    }
}
