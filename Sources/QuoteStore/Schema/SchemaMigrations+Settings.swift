import GRDB

extension SchemaMigrations {
    /// Migration v10-settings-and-sale-types: a sale type's default culture, our own company's
    /// logo (its media type and bytes, both or neither), and the settings as one typed row
    /// (`quoteSettings`): whether an alternative may have a discount on its total, the default
    /// follow-up text, the default culture. Existing databases get the settings quotedoc had
    /// built in until now: discount on total allowed, "Follow up on the quote", no culture (en-US).
    static func addSettingsAndSaleTypes(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE saleType ADD COLUMN defaultCulture TEXT CHECK (defaultCulture IS NULL OR defaultCulture <> '');
            ALTER TABLE ownCompany ADD COLUMN logoMediaType TEXT CHECK (logoMediaType IS NULL OR logoMediaType IN ('image/png', 'image/jpeg', 'image/gif'));
            ALTER TABLE ownCompany ADD COLUMN logoBytes BLOB CHECK ((logoMediaType IS NULL) = (logoBytes IS NULL));
            CREATE TABLE quoteSettings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                allowsAlternativeDiscount INTEGER NOT NULL DEFAULT 1 CHECK (allowsAlternativeDiscount IN (0, 1)),
                followUpText TEXT NOT NULL DEFAULT 'Follow up on the quote' CHECK (trim(followUpText) <> ''),
                defaultCulture TEXT CHECK (defaultCulture IS NULL OR defaultCulture <> '')
            );
            INSERT INTO quoteSettings (id) VALUES (1);
            """)
    }
}
