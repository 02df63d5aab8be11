import GRDB

extension SchemaMigrations {
    /// Migration v14-version-revisions: each version counts the saves of its content (from 1)
    /// and records who saved the current revision and when, so that an edit made against an
    /// older revision is refused instead of overwriting what was saved since.
    static func addVersionRevisions(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE quoteVersion ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
            ALTER TABLE quoteVersion ADD COLUMN revisedById INTEGER REFERENCES associate(id);
            ALTER TABLE quoteVersion ADD COLUMN revisedAt TEXT;
            """)
    }
}
