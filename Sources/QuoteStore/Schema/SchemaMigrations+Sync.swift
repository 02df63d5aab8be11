import GRDB

extension SchemaMigrations {
    /// Migration v13-sync: what syncing customers with an ERP keeps.
    ///
    /// A company gains its e-mail address and VAT number (empty for the companies there are). A
    /// connection gains its sync settings: whether sync is on (off for the connections there are),
    /// its priority, the side that wins a conflict and whether an order may make a missing party.
    /// A connection's field mappings keep the order they were saved in (`position`), one per ERP
    /// field; its list mappings are one to one (a value of a list, on either side, is mapped
    /// once); its defaults are one per ERP field, either a value or mandatory. A party link ties a
    /// company to one party of one connection, once each way, with the base of the last sync as
    /// a JSON object; it goes with its company. The sync log is append-only: an entry is never
    /// changed or deleted, even by direct SQL.
    static func addSync(_ db: Database) throws {
        let directions = "('both', 'to-erp', 'to-crm', 'none')"
        let sides = "('crm', 'erp')"
        let operations = "('run', 'import', 'push', 'resync-from-crm', 'link')"
        try db.execute(sql: """
            ALTER TABLE company ADD COLUMN email TEXT NOT NULL DEFAULT '';
            ALTER TABLE company ADD COLUMN vatNumber TEXT NOT NULL DEFAULT '';
            ALTER TABLE erpConnection ADD COLUMN syncActive INTEGER NOT NULL DEFAULT 0 CHECK (syncActive IN (0, 1));
            ALTER TABLE erpConnection ADD COLUMN syncPriority INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE erpConnection ADD COLUMN syncWinner TEXT NOT NULL DEFAULT 'erp' CHECK (syncWinner IN \(sides));
            ALTER TABLE erpConnection ADD COLUMN syncPushOnOrder INTEGER NOT NULL DEFAULT 0 CHECK (syncPushOnOrder IN (0, 1));

            CREATE TABLE syncFieldMapping (
                id INTEGER PRIMARY KEY,
                connectionId INTEGER NOT NULL REFERENCES erpConnection(id),
                crmField TEXT NOT NULL CHECK (crmField <> ''),
                erpField TEXT NOT NULL CHECK (erpField <> ''),
                direction TEXT NOT NULL CHECK (direction IN \(directions)),
                position INTEGER NOT NULL,
                UNIQUE (connectionId, erpField)
            );
            CREATE TABLE syncListMapping (
                id INTEGER PRIMARY KEY,
                connectionId INTEGER NOT NULL REFERENCES erpConnection(id),
                list TEXT NOT NULL CHECK (list <> ''),
                crmValue TEXT NOT NULL CHECK (crmValue <> ''),
                erpValue TEXT NOT NULL CHECK (erpValue <> ''),
                UNIQUE (connectionId, list, erpValue),
                UNIQUE (connectionId, list, crmValue)
            );
            CREATE TABLE syncDefault (
                id INTEGER PRIMARY KEY,
                connectionId INTEGER NOT NULL REFERENCES erpConnection(id),
                erpField TEXT NOT NULL CHECK (erpField <> ''),
                value TEXT,
                mandatory INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1)),
                UNIQUE (connectionId, erpField),
                CHECK ((value IS NULL) = (mandatory = 1))
            );
            CREATE TABLE partyLink (
                id INTEGER PRIMARY KEY,
                companyId INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                connectionId INTEGER NOT NULL REFERENCES erpConnection(id),
                partyKey TEXT NOT NULL CHECK (partyKey <> ''),
                partyCode TEXT NOT NULL,
                base TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(base) AND json_type(base) = 'object'),
                linkedAt TEXT NOT NULL,
                syncedAt TEXT,
                UNIQUE (companyId, connectionId),
                UNIQUE (connectionId, partyKey)
            );
            CREATE TABLE syncLog (
                id INTEGER PRIMARY KEY,
                connectionId INTEGER NOT NULL REFERENCES erpConnection(id),
                companyCode TEXT NOT NULL,
                partyCode TEXT NOT NULL,
                operation TEXT NOT NULL CHECK (operation IN \(operations)),
                crmField TEXT NOT NULL DEFAULT '',
                erpField TEXT NOT NULL DEFAULT '',
                written TEXT NOT NULL CHECK (written IN \(sides)),
                oldValue TEXT NOT NULL DEFAULT '',
                newValue TEXT NOT NULL DEFAULT '',
                isConflict INTEGER NOT NULL DEFAULT 0 CHECK (isConflict IN (0, 1)),
                losingValue TEXT NOT NULL DEFAULT '',
                user TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX syncLog_connection ON syncLog(connectionId, id);
            CREATE TRIGGER syncLog_immutable_update BEFORE UPDATE ON syncLog
            BEGIN SELECT RAISE(ABORT, 'the sync log is append-only: a logged entry never changes'); END;
            CREATE TRIGGER syncLog_immutable_delete BEFORE DELETE ON syncLog
            BEGIN SELECT RAISE(ABORT, 'the sync log is append-only: a logged entry is never deleted'); END;
            """)
    }
}
