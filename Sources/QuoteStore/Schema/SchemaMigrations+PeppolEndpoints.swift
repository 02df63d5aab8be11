import GRDB

extension SchemaMigrations {
    /// Migration v11-peppol-endpoints: where a customer and our own company receive electronic
    /// documents (an EAS scheme code and an identifier, both or neither), and a sale type's
    /// order-confirmation profile (`standard` UBL or Peppol's `peppol` Order Agreement).
    static func addPeppolEndpoints(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE company ADD COLUMN endpointScheme TEXT CHECK (endpointScheme IS NULL OR endpointScheme GLOB '[0-9][0-9][0-9][0-9]');
            ALTER TABLE company ADD COLUMN endpointId TEXT CHECK ((endpointScheme IS NULL) = (endpointId IS NULL) AND (endpointId IS NULL OR endpointId <> ''));
            ALTER TABLE ownCompany ADD COLUMN endpointScheme TEXT CHECK (endpointScheme IS NULL OR endpointScheme GLOB '[0-9][0-9][0-9][0-9]');
            ALTER TABLE ownCompany ADD COLUMN endpointId TEXT CHECK ((endpointScheme IS NULL) = (endpointId IS NULL) AND (endpointId IS NULL OR endpointId <> ''));
            ALTER TABLE saleType ADD COLUMN confirmationProfile TEXT NOT NULL DEFAULT 'standard' CHECK (confirmationProfile IN ('standard', 'peppol'));
            """)
    }
}
