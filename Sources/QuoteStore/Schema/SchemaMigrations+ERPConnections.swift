import GRDB

extension SchemaMigrations {
    /// Migration v7-erp-connections: the ERP connections as rows, the ERP's order on a quote and
    /// the ERP's product on a line.
    ///
    /// Every database gets the built-in `Standalone` connection (its own price lists) with a
    /// random client key; a connection any older quote names otherwise becomes a row too (on the
    /// standalone connector), and a quote without a connection name gets `Standalone`. A quote's
    /// `connectionName` then refers to a connection: SQLite cannot add a foreign key to an
    /// existing table, so triggers refuse a quote, new or moved, on a connection that does not
    /// exist or was removed. A connection is never deleted (it is marked deleted), and its name,
    /// connector and client key never change, so the quotes that name it always find it.
    ///
    /// On a quote, the ERP's order key is set only on a placed order (in the same update as the
    /// order or after it); once set, it and the ERP's order number never change; and an order
    /// done or cancelled in the ERP keeps that state. A line's `erpProductKey` is frozen with its
    /// version by v3's triggers, which refuse any change of a frozen version's lines.
    ///
    /// v5's `quoteVersion_final_state` (a sold, lost or archived version's state never changes)
    /// is replaced by the same rule with one exception: a sold version may become lost when its
    /// quote's ERP order is cancelled (the ERP undid the sale). v5's `quote_order_fixed` (a placed
    /// order's accepted alternative, PO number, comment and date never change) is replaced by the
    /// same rule with one exception: when the ERP changed the order, the accepted alternative
    /// moves to the alternative of the same name in a newer version of the same quote, the
    /// version made with the ERP's lines. Every other audit rule stays.
    static func addERPConnections(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE erpConnection (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                connectorName TEXT NOT NULL CHECK (connectorName <> ''),
                description TEXT NOT NULL DEFAULT '',
                settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings) AND json_type(settings) = 'object'),
                clientKey TEXT NOT NULL UNIQUE CHECK (clientKey <> ''),
                isDeleted INTEGER NOT NULL DEFAULT 0 CHECK (isDeleted IN (0, 1))
            );
            INSERT INTO erpConnection (name, connectorName, description, settings, clientKey)
            SELECT 'Standalone', 'standalone', 'The price lists in this database', '{}', \(randomUUID)
            FROM (SELECT lower(hex(randomblob(16))) AS h);
            UPDATE quote SET connectionName = 'Standalone' WHERE connectionName = '';
            INSERT INTO erpConnection (name, connectorName, description, settings, clientKey)
            SELECT name, 'standalone', 'Named by quotes made before connections were kept', '{}', \(randomUUID)
            FROM (SELECT name, lower(hex(randomblob(16))) AS h
                  FROM (SELECT DISTINCT connectionName AS name FROM quote WHERE connectionName NOT IN (SELECT name FROM erpConnection)))
            ORDER BY name;

            ALTER TABLE quote ADD COLUMN erpOrderKey TEXT NOT NULL DEFAULT '';
            ALTER TABLE quote ADD COLUMN erpOrderNumber TEXT NOT NULL DEFAULT '';
            ALTER TABLE quote ADD COLUMN erpOrderState TEXT NOT NULL DEFAULT '';
            ALTER TABLE quoteLine ADD COLUMN erpProductKey TEXT NOT NULL DEFAULT '';

            CREATE TRIGGER erpConnection_immutable_delete BEFORE DELETE ON erpConnection
            BEGIN SELECT RAISE(ABORT, 'connections are removed by marking them deleted'); END;
            CREATE TRIGGER erpConnection_fixed BEFORE UPDATE ON erpConnection
            WHEN NEW.name IS NOT OLD.name OR NEW.connectorName IS NOT OLD.connectorName OR NEW.clientKey IS NOT OLD.clientKey
            BEGIN SELECT RAISE(ABORT, 'a connection keeps its name, connector and client key: they never change'); END;
            CREATE TRIGGER quote_connection_insert BEFORE INSERT ON quote
            BEGIN
            \(connectionChecks)
            END;
            CREATE TRIGGER quote_connection_update BEFORE UPDATE OF connectionName ON quote
            WHEN NEW.connectionName IS NOT OLD.connectionName
            BEGIN
            \(connectionChecks)
            END;

            CREATE TRIGGER quote_erpOrder_unplaced_insert BEFORE INSERT ON quote
            WHEN NEW.erpOrderKey <> '' AND NEW.acceptedAlternativeId IS NULL
            BEGIN SELECT RAISE(ABORT, '\(unplacedMessage)'); END;
            CREATE TRIGGER quote_erpOrder_unplaced_update BEFORE UPDATE ON quote
            WHEN NEW.erpOrderKey <> '' AND NEW.erpOrderKey IS NOT OLD.erpOrderKey AND NEW.acceptedAlternativeId IS NULL
            BEGIN SELECT RAISE(ABORT, '\(unplacedMessage)'); END;
            CREATE TRIGGER quote_erpOrder_fixed BEFORE UPDATE ON quote
            WHEN OLD.erpOrderKey <> '' AND (NEW.erpOrderKey IS NOT OLD.erpOrderKey OR NEW.erpOrderNumber IS NOT OLD.erpOrderNumber)
            BEGIN SELECT RAISE(ABORT, 'an order in the ERP keeps its key and number: once set, they never change'); END;
            CREATE TRIGGER quote_erpOrderState_without_order BEFORE UPDATE ON quote
            WHEN NEW.erpOrderState <> '' AND NEW.erpOrderKey = '' AND OLD.erpOrderKey = ''
            BEGIN SELECT RAISE(ABORT, 'only an order placed in the ERP has an ERP state'); END;
            CREATE TRIGGER quote_erpOrderState_final BEFORE UPDATE ON quote
            WHEN OLD.erpOrderState IN ('done', 'cancelled') AND NEW.erpOrderState IS NOT OLD.erpOrderState
            BEGIN SELECT RAISE(ABORT, 'an order done or cancelled in the ERP is final: its state never changes'); END;

            DROP TRIGGER quote_order_fixed;
            CREATE TRIGGER quote_order_fixed BEFORE UPDATE ON quote
            WHEN OLD.acceptedAlternativeId IS NOT NULL AND (
              NEW.poNumber IS NOT OLD.poNumber OR NEW.orderComment IS NOT OLD.orderComment OR NEW.orderDate IS NOT OLD.orderDate
              OR NEW.acceptedAlternativeId IS NOT OLD.acceptedAlternativeId AND NOT (
                OLD.erpOrderKey <> '' AND EXISTS (
                  SELECT 1 FROM quoteAlternative newer JOIN quoteVersion newerVersion ON newerVersion.id = newer.versionId,
                                quoteAlternative older JOIN quoteVersion olderVersion ON olderVersion.id = older.versionId
                  WHERE newer.id = NEW.acceptedAlternativeId AND older.id = OLD.acceptedAlternativeId
                    AND newerVersion.quoteId = OLD.id AND olderVersion.quoteId = OLD.id
                    AND newerVersion.rank > olderVersion.rank AND newer.name = older.name)))
            BEGIN SELECT RAISE(ABORT, 'a placed order never changes: its accepted alternative, PO number, comment and date are fixed'); END;

            DROP TRIGGER quoteVersion_final_state;
            CREATE TRIGGER quoteVersion_final_state BEFORE UPDATE ON quoteVersion
            WHEN OLD.state IN ('sold', 'lost', 'archived') AND NEW.state IS NOT OLD.state
              AND NOT (OLD.state = 'sold' AND NEW.state = 'lost' AND EXISTS (SELECT 1 FROM quote WHERE id = OLD.quoteId AND erpOrderKey <> '' AND erpOrderState = 'cancelled'))
            BEGIN SELECT RAISE(ABORT, 'a sold, lost or archived quote version is final: its state never changes'); END;
            """)
    }

    /// Why a quote cannot carry an ERP order key yet.
    private static let unplacedMessage = "the ERP order key is set when the order is placed, never before"

    /// The body of the triggers that keep a quote's connection name pointing at a connection new
    /// quotes may use (SQLite's messages cannot name it).
    private static let connectionChecks = """
          SELECT RAISE(ABORT, 'the quote names a connection that does not exist')
          WHERE NOT EXISTS (SELECT 1 FROM erpConnection WHERE name = NEW.connectionName);
          SELECT RAISE(ABORT, 'the connection was removed: no new quote can use it')
          WHERE EXISTS (SELECT 1 FROM erpConnection WHERE name = NEW.connectionName AND isDeleted);
        """

    /// A random version-4 UUID in lowercase, made by SQLite from the 32 random hex digits of a
    /// column `h` in scope: a client key.
    private static let randomUUID = """
        substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || substr('89ab', 1 + (random() & 3), 1) \
        || substr(h, 18, 3) || '-' || substr(h, 21, 12)
        """
}
