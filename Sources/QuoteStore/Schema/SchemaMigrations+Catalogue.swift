import GRDB

extension SchemaMigrations {
    /// Migration v8-catalogue-removal: a product can be taken out of its price list for good.
    ///
    /// A product no quote line was copied from is deleted; one that lines were copied from is
    /// marked removed instead, so the lines' link stays valid (the lines keep their own copies of
    /// every field). A removed product is never shown, searched, imported over or added to a quote;
    /// adding its code again to the same price list brings the row back as the new product.
    static func addProductRemoval(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE product ADD COLUMN isRemoved INTEGER NOT NULL DEFAULT 0 CHECK (isRemoved IN (0, 1));
            CREATE INDEX quoteLine_product ON quoteLine(productId);
            """)
    }
}
