import GRDB

extension SchemaMigrations {
    /// Migration v12-attachments: the files attached to a version (`versionAttachment`, with
    /// whether the next send takes each along) and a sale type's default attachments
    /// (`saleTypeAttachment`), each with its SHA-256. The attachments of a version that was sent
    /// never change, even by direct SQL (as its lines). An attachment sent with a proposal is
    /// archived as a document of format `attachment`: the document table's CHECK on the format is
    /// widened to allow it, by editing the table's schema text as SQLite documents for changes
    /// that leave every stored row valid (a CHECK accepting more values), and bumping the schema
    /// version so every connection reads it again.
    static func addAttachments(_ db: Database) throws {
        let frozen = "('sent', 'archived', 'lost', 'sold')"
        let message = "the attachments of a sent version never change"
        try db.execute(sql: """
            CREATE TABLE versionAttachment (
                id INTEGER PRIMARY KEY,
                quoteVersionId INTEGER NOT NULL REFERENCES quoteVersion(id),
                fileName TEXT NOT NULL CHECK (fileName <> ''),
                mediaType TEXT NOT NULL CHECK (mediaType <> ''),
                byteSize INTEGER NOT NULL CHECK (byteSize > 0 AND byteSize = length(bytes)),
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                bytes BLOB NOT NULL,
                isIncluded INTEGER NOT NULL DEFAULT 1 CHECK (isIncluded IN (0, 1)),
                UNIQUE (quoteVersionId, fileName)
            );
            CREATE TABLE saleTypeAttachment (
                id INTEGER PRIMARY KEY,
                saleTypeId INTEGER NOT NULL REFERENCES saleType(id),
                fileName TEXT NOT NULL CHECK (fileName <> ''),
                mediaType TEXT NOT NULL CHECK (mediaType <> ''),
                byteSize INTEGER NOT NULL CHECK (byteSize > 0 AND byteSize = length(bytes)),
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                bytes BLOB NOT NULL,
                UNIQUE (saleTypeId, fileName)
            );
            CREATE TRIGGER versionAttachment_frozen_insert BEFORE INSERT ON versionAttachment
            WHEN (SELECT state FROM quoteVersion WHERE id = NEW.quoteVersionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER versionAttachment_frozen_update BEFORE UPDATE ON versionAttachment
            WHEN (SELECT state FROM quoteVersion WHERE id = OLD.quoteVersionId) IN \(frozen)
              OR (SELECT state FROM quoteVersion WHERE id = NEW.quoteVersionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER versionAttachment_frozen_delete BEFORE DELETE ON versionAttachment
            WHEN (SELECT state FROM quoteVersion WHERE id = OLD.quoteVersionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            """)
        let schemaVersion = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(
            sql: "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'document'",
            arguments: ["CHECK (format IN ('html', 'xml', 'pdf', 'eml'))", "CHECK (format IN ('html', 'xml', 'pdf', 'eml', 'attachment'))"])
        try db.execute(sql: "PRAGMA schema_version = \(schemaVersion + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
    }
}
