import Foundation
import GRDB
import QuoteModel

extension QuoteDatabase {
    /// Every version of quote `number` with its alternatives and lines, oldest first.
    public func versions(quoteNumber: String) throws(QuoteError) -> [VersionWithAlternatives] {
        try read { db in try Self.versionTrees(db, quoteNumber: quoteNumber) }
    }

    static func versionTrees(_ db: Database, quoteNumber: String) throws -> [VersionWithAlternatives] {
        guard let quote = try Quote.filter(Column("number") == quoteNumber).fetchOne(db) else { throw QuoteError.notFound("quote", quoteNumber) }
        let versions = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
        return try versions.map { try loadTree(db, version: $0) }
    }

    /// The state changes of the versions of quote `number`, oldest first.
    static func stateChanges(_ db: Database, quoteNumber: String) throws -> [StateChange] {
        try StateChange.fetchAll(db, sql: """
            SELECT change.* FROM versionStateChange change
            JOIN quoteVersion v ON v.id = change.quoteVersionId
            JOIN quote ON quote.id = v.quoteId
            WHERE quote.number = ?
            ORDER BY change.id
            """, arguments: [quoteNumber])
    }
}
