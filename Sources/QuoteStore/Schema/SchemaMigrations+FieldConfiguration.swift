import GRDB

extension SchemaMigrations {
    /// Migration v9-field-configuration: the settings of the product and quote-line fields
    /// (SuperOffice's QuoteLineConfiguration). Only the fields whose setting differs from the
    /// default have a row; a field without one is shown, editable, optional (the code and the name
    /// mandatory) and ranked in its declared order. Labels are kept per field and language; a
    /// language without a row uses the default label.
    static func createFieldConfiguration(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE fieldSetting (
                field TEXT PRIMARY KEY CHECK (field <> ''),
                shown INTEGER NOT NULL CHECK (shown IN (0, 1)),
                mandatory INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
                readOnly INTEGER NOT NULL CHECK (readOnly IN (0, 1)),
                rank INTEGER NOT NULL CHECK (rank >= 1),
                CHECK (NOT (mandatory AND readOnly))
            );
            CREATE TABLE fieldLabel (
                field TEXT NOT NULL CHECK (field <> ''),
                language TEXT NOT NULL CHECK (language <> ''),
                label TEXT NOT NULL CHECK (label <> ''),
                PRIMARY KEY (field, language)
            );
            """)
    }
}
