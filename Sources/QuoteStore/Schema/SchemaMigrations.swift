import GRDB

/// The database schema, as an ordered list of named migrations. A migration, once released,
/// never changes: new needs get a new migration.
enum SchemaMigrations {
    /// Written into the file header by `quotedoc init`, so any other SQLite file is recognised
    /// as not ours ("QDOC").
    static let applicationID: Int32 = 0x5144_4F43

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-quote-model", migrate: createQuoteModel)
        migrator.registerMigration("v2-own-company", migrate: createOwnCompany)
        migrator.registerMigration("v3-frozen-versions", migrate: freezeSentVersions)
        migrator.registerMigration("v4-document-paths", migrate: indexDocumentPaths)
        migrator.registerMigration("v5-audit-trail", migrate: chainTheAuditTrail)
        migrator.registerMigration("v6-version-state-changes", migrate: createStateChanges)
        migrator.registerMigration("v7-erp-connections", migrate: addERPConnections)
        migrator.registerMigration("v8-catalogue-removal", migrate: addProductRemoval)
        migrator.registerMigration("v9-field-configuration", migrate: createFieldConfiguration)
        migrator.registerMigration("v10-settings-and-sale-types", migrate: addSettingsAndSaleTypes)
        migrator.registerMigration("v11-peppol-endpoints", migrate: addPeppolEndpoints)
        migrator.registerMigration("v12-attachments", migrate: addAttachments)
        migrator.registerMigration("v13-sync", migrate: addSync)
        migrator.registerMigration("v14-version-revisions", migrate: addVersionRevisions)
        return migrator
    }

    /// Every migration identifier this build knows, oldest first.
    static var knownIdentifiers: [String] { migrator.migrations }

    private static func extraFieldColumns() -> String {
        (1...5).map { "extraField\($0) TEXT NOT NULL DEFAULT ''" }.joined(separator: ",\n    ")
    }

    private static func addressColumns(_ prefix: String) -> String {
        AddressColumns.names(prefix: prefix).map { "\($0) TEXT NOT NULL DEFAULT ''" }.joined(separator: ",\n    ")
    }

    private static func inList(_ values: [String]) -> String {
        "(" + values.map { "'\($0)'" }.joined(separator: ", ") + ")"
    }

    /// The states in which a version is frozen: what was sent (or ordered, or lost, or archived)
    /// never changes, whatever writes to the database.
    static let frozenStates = "('sent', 'archived', 'lost', 'sold')"

    /// Triggers that keep sent versions, their alternatives and lines, and archived documents
    /// unchangeable, even by direct SQL. Only a frozen version's state may move on (to archived,
    /// sold or lost).
    private static func freezeSentVersions(_ db: Database) throws {
        let frozen = frozenStates
        let versionOfAlternative = { (alternative: String) in
            "(SELECT state FROM quoteVersion WHERE id = (SELECT versionId FROM quoteAlternative WHERE id = \(alternative)))"
        }
        let message = "quote version is frozen (sent, ordered, lost or archived); create a new version with quotedoc version new"
        let versionColumns = ["quoteId", "rank", "status", "reason", "description", "sentDate", "expirationDate", "favouriteAlternativeId",
                              "paymentTerms", "paymentType", "deliveryTerms", "deliveryType", "roundingPolicy"]
            + AddressColumns.names(prefix: "delivery") + AddressColumns.names(prefix: "invoice") + (1...5).map { "extraField\($0)" }
        let versionChanged = versionColumns.map { "NEW.\($0) IS NOT OLD.\($0)" }.joined(separator: " OR ")
        try db.execute(sql: """
            CREATE TRIGGER quoteLine_frozen_insert BEFORE INSERT ON quoteLine
            WHEN \(versionOfAlternative("NEW.alternativeId")) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteLine_frozen_update BEFORE UPDATE ON quoteLine
            WHEN \(versionOfAlternative("OLD.alternativeId")) IN \(frozen) OR \(versionOfAlternative("NEW.alternativeId")) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteLine_frozen_delete BEFORE DELETE ON quoteLine
            WHEN \(versionOfAlternative("OLD.alternativeId")) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteAlternative_frozen_insert BEFORE INSERT ON quoteAlternative
            WHEN (SELECT state FROM quoteVersion WHERE id = NEW.versionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteAlternative_frozen_update BEFORE UPDATE ON quoteAlternative
            WHEN (SELECT state FROM quoteVersion WHERE id = OLD.versionId) IN \(frozen)
              OR (SELECT state FROM quoteVersion WHERE id = NEW.versionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteAlternative_frozen_delete BEFORE DELETE ON quoteAlternative
            WHEN (SELECT state FROM quoteVersion WHERE id = OLD.versionId) IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteVersion_frozen_update BEFORE UPDATE ON quoteVersion
            WHEN OLD.state IN \(frozen) AND (\(versionChanged) OR NEW.state NOT IN ('archived', 'lost', 'sold') AND NEW.state IS NOT OLD.state)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER quoteVersion_frozen_delete BEFORE DELETE ON quoteVersion
            WHEN OLD.state IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER document_immutable_update BEFORE UPDATE ON document
            BEGIN SELECT RAISE(ABORT, 'archived documents never change'); END;
            CREATE TRIGGER document_immutable_delete BEFORE DELETE ON document
            BEGIN SELECT RAISE(ABORT, 'archived documents are never deleted'); END;
            """)
    }

    /// Finding an archived document by its file, as re-issuing and verifying do.
    private static func indexDocumentPaths(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX document_path ON document(path, sha256)")
    }

    /// Our own company: one row, printed on every document.
    private static func createOwnCompany(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ownCompany (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                \(addressColumns("")),
                phone TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                vatNumber TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO ownCompany (id, name) VALUES (1, 'Our Company');
            """)
    }

    private static func createQuoteModel(_ db: Database) throws {
        let states = inList(["draft", "needsApproval", "approved", "notApproved", "sent", "archived", "lost", "sold"])
        let statuses = inList(["ok", "okWithInfo", "warning", "error"])
        let overrides = inList(["none", "totalPrice", "discountPercent", "discountAmount", "earningPercent", "earningAmount"])
        try db.execute(sql: """
            CREATE TABLE associate (
                id INTEGER PRIMARY KEY,
                userName TEXT NOT NULL UNIQUE CHECK (userName <> ''),
                name TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                canApproveQuote INTEGER NOT NULL DEFAULT 0 CHECK (canApproveQuote IN (0, 1))
            );
            CREATE TABLE company (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (code <> ''),
                name TEXT NOT NULL,
                \(addressColumns("")),
                phone TEXT NOT NULL DEFAULT '',
                fax TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE person (
                id INTEGER PRIMARY KEY,
                companyId INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                firstName TEXT NOT NULL,
                lastName TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX person_company ON person(companyId);
            CREATE TABLE saleType (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                quoteValidityDays INTEGER NOT NULL CHECK (quoteValidityDays >= 0),
                allowsAlternatives INTEGER NOT NULL CHECK (allowsAlternatives IN (0, 1)),
                maxDiscountPercent TEXT,
                minEarningPercent TEXT,
                quoteTemplate TEXT NOT NULL,
                confirmationTemplate TEXT NOT NULL
            );
            CREATE TABLE sale (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE CHECK (number <> ''),
                title TEXT NOT NULL,
                ownerId INTEGER NOT NULL REFERENCES associate(id),
                companyId INTEGER NOT NULL REFERENCES company(id),
                personId INTEGER REFERENCES person(id),
                saleTypeId INTEGER NOT NULL REFERENCES saleType(id),
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                status TEXT NOT NULL CHECK (status IN ('open', 'sold', 'lost')),
                amount TEXT NOT NULL,
                date TEXT NOT NULL
            );
            CREATE INDEX sale_company ON sale(companyId);
            CREATE INDEX sale_owner ON sale(ownerId);
            CREATE TABLE priceList (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                description TEXT NOT NULL DEFAULT '',
                currency TEXT NOT NULL CHECK (length(currency) = 3),
                validFrom TEXT,
                validTo TEXT,
                isActive INTEGER NOT NULL CHECK (isActive IN (0, 1)),
                isERPCopy INTEGER NOT NULL CHECK (isERPCopy IN (0, 1))
            );
            CREATE TABLE product (
                id INTEGER PRIMARY KEY,
                priceListId INTEGER NOT NULL REFERENCES priceList(id),
                code TEXT NOT NULL CHECK (code <> ''),
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                quantityUnit TEXT NOT NULL DEFAULT '',
                priceUnit TEXT NOT NULL DEFAULT '',
                itemNumber TEXT NOT NULL DEFAULT '',
                url TEXT NOT NULL DEFAULT '',
                productCategory TEXT NOT NULL DEFAULT '',
                productFamily TEXT NOT NULL DEFAULT '',
                productType TEXT NOT NULL DEFAULT '',
                supplier TEXT NOT NULL DEFAULT '',
                supplierCode TEXT NOT NULL DEFAULT '',
                vatPercent TEXT NOT NULL,
                vatInfo TEXT NOT NULL DEFAULT '',
                unitCost TEXT,
                unitMinimumPrice TEXT,
                unitListPrice TEXT NOT NULL,
                inAssortment INTEGER NOT NULL CHECK (inAssortment IN (0, 1)),
                stock TEXT,
                isSubscription INTEGER NOT NULL DEFAULT 0 CHECK (isSubscription IN (0, 1)),
                subscriptionUnit TEXT NOT NULL DEFAULT '',
                defaultSubscriptionQuantity TEXT,
                imageMediaType TEXT,
                imageBytes BLOB,
                \(extraFieldColumns()),
                UNIQUE (priceListId, code),
                CHECK ((imageMediaType IS NULL) = (imageBytes IS NULL))
            );
            CREATE TABLE quote (
                id INTEGER PRIMARY KEY,
                saleId INTEGER NOT NULL UNIQUE REFERENCES sale(id),
                number TEXT NOT NULL UNIQUE CHECK (number <> ''),
                connectionName TEXT NOT NULL,
                poNumber TEXT NOT NULL DEFAULT '',
                orderComment TEXT NOT NULL DEFAULT '',
                acceptedAlternativeId INTEGER REFERENCES quoteAlternative(id),
                orderDate TEXT
            );
            CREATE TABLE quoteVersion (
                id INTEGER PRIMARY KEY,
                quoteId INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
                rank INTEGER NOT NULL CHECK (rank >= 1),
                state TEXT NOT NULL CHECK (state IN \(states)),
                archivedState TEXT CHECK (archivedState IS NULL OR archivedState IN \(states)),
                status TEXT NOT NULL CHECK (status IN \(statuses)),
                reason TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                sentDate TEXT,
                expirationDate TEXT,
                favouriteAlternativeId INTEGER REFERENCES quoteAlternative(id),
                paymentTerms TEXT NOT NULL DEFAULT '',
                paymentType TEXT NOT NULL DEFAULT '',
                deliveryTerms TEXT NOT NULL DEFAULT '',
                deliveryType TEXT NOT NULL DEFAULT '',
                \(addressColumns("delivery")),
                \(addressColumns("invoice")),
                roundingPolicy TEXT NOT NULL CHECK (roundingPolicy IN ('perLine', 'perTotal')),
                requestedApproverId INTEGER REFERENCES associate(id),
                approvalRequestComment TEXT NOT NULL DEFAULT '',
                approvedById INTEGER REFERENCES associate(id),
                approvalText TEXT NOT NULL DEFAULT '',
                approvalRegisteredById INTEGER REFERENCES associate(id),
                approvalRegisteredAt TEXT,
                \(extraFieldColumns()),
                UNIQUE (quoteId, rank)
            );
            CREATE TABLE quoteAlternative (
                id INTEGER PRIMARY KEY,
                versionId INTEGER NOT NULL REFERENCES quoteVersion(id) ON DELETE CASCADE,
                rank INTEGER NOT NULL CHECK (rank >= 1),
                name TEXT NOT NULL CHECK (name <> ''),
                description TEXT NOT NULL DEFAULT '',
                discountPercent TEXT NOT NULL,
                discountAmount TEXT NOT NULL,
                valueOverride TEXT NOT NULL CHECK (valueOverride IN \(overrides)),
                erpDiscountPercent TEXT,
                erpDiscountAmount TEXT,
                subTotal TEXT NOT NULL,
                totalPrice TEXT NOT NULL,
                vatAmount TEXT NOT NULL,
                earningAmount TEXT,
                earningPercent TEXT,
                status TEXT NOT NULL CHECK (status IN \(statuses)),
                reason TEXT NOT NULL DEFAULT '',
                \(extraFieldColumns()),
                UNIQUE (versionId, name)
            );
            CREATE TABLE quoteLine (
                id INTEGER PRIMARY KEY,
                alternativeId INTEGER NOT NULL REFERENCES quoteAlternative(id) ON DELETE CASCADE,
                rank INTEGER NOT NULL CHECK (rank >= 1),
                productId INTEGER REFERENCES product(id),
                code TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                quantityUnit TEXT NOT NULL DEFAULT '',
                priceUnit TEXT NOT NULL DEFAULT '',
                itemNumber TEXT NOT NULL DEFAULT '',
                url TEXT NOT NULL DEFAULT '',
                productCategory TEXT NOT NULL DEFAULT '',
                productFamily TEXT NOT NULL DEFAULT '',
                productType TEXT NOT NULL DEFAULT '',
                supplier TEXT NOT NULL DEFAULT '',
                supplierCode TEXT NOT NULL DEFAULT '',
                vatPercent TEXT NOT NULL,
                vatInfo TEXT NOT NULL DEFAULT '',
                unitCost TEXT,
                unitMinimumPrice TEXT,
                unitListPrice TEXT NOT NULL,
                quantity TEXT NOT NULL,
                isSubscription INTEGER NOT NULL DEFAULT 0 CHECK (isSubscription IN (0, 1)),
                subscriptionUnit TEXT NOT NULL DEFAULT '',
                subscriptionQuantity TEXT,
                discountPercent TEXT NOT NULL,
                discountAmount TEXT NOT NULL,
                erpDiscountPercent TEXT,
                erpDiscountAmount TEXT,
                valueOverride TEXT NOT NULL CHECK (valueOverride IN \(overrides)),
                subTotal TEXT NOT NULL,
                totalPrice TEXT NOT NULL,
                earningAmount TEXT,
                earningPercent TEXT,
                status TEXT NOT NULL CHECK (status IN \(statuses)),
                reason TEXT NOT NULL DEFAULT '',
                \(extraFieldColumns())
            );
            CREATE INDEX quoteLine_alternative ON quoteLine(alternativeId, rank);
            CREATE TABLE saleActivity (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('quoteSent', 'orderPlaced', 'confirmationIssued', 'followUp', 'saleLost')),
                saleId INTEGER NOT NULL REFERENCES sale(id),
                quoteVersionId INTEGER REFERENCES quoteVersion(id),
                associateId INTEGER NOT NULL REFERENCES associate(id),
                date TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX saleActivity_sale ON saleActivity(saleId, date);
            CREATE INDEX saleActivity_version ON saleActivity(quoteVersionId);
            CREATE TABLE document (
                id INTEGER PRIMARY KEY,
                activityId INTEGER REFERENCES saleActivity(id),
                quoteVersionId INTEGER NOT NULL REFERENCES quoteVersion(id),
                kind TEXT NOT NULL CHECK (kind IN ('proposal', 'orderConfirmation')),
                format TEXT NOT NULL CHECK (format IN ('html', 'xml', 'pdf', 'eml')),
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                byteSize INTEGER NOT NULL CHECK (byteSize >= 0),
                templateName TEXT NOT NULL,
                templateHash TEXT NOT NULL,
                engineVersion TEXT NOT NULL,
                created TEXT NOT NULL
            );
            CREATE INDEX document_version ON document(quoteVersionId);
            CREATE INDEX document_activity ON document(activityId);
            INSERT INTO saleType (name, quoteValidityDays, allowsAlternatives, quoteTemplate, confirmationTemplate)
            VALUES ('Standard', 30, 1, 'proposal', 'order-confirmation');
            """)
    }

    /// Who moved each version from one state to another, and when: one row per change,
    /// append-only (rows can be neither changed nor deleted) and chained by hash like the sale
    /// activities (see ``AuditChain``).
    private static func createStateChanges(_ db: Database) throws {
        let states = "('draft', 'needsApproval', 'approved', 'notApproved', 'sent', 'archived', 'lost', 'sold')"
        try db.execute(sql: """
            CREATE TABLE versionStateChange (
                id INTEGER PRIMARY KEY,
                quoteVersionId INTEGER NOT NULL REFERENCES quoteVersion(id),
                fromState TEXT CHECK (fromState IN \(states)),
                toState TEXT NOT NULL CHECK (toState IN \(states)),
                associateId INTEGER NOT NULL REFERENCES associate(id),
                at TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                chainHash TEXT
            );
            CREATE INDEX versionStateChange_version ON versionStateChange(quoteVersionId);
            CREATE TRIGGER versionStateChange_immutable_delete BEFORE DELETE ON versionStateChange
            BEGIN SELECT RAISE(ABORT, 'the state history is append-only: a recorded state change is never deleted'); END;
            """)
        try chain(table: "versionStateChange", columns: AuditChain.stateChangeColumns, rows: "state changes", db)
    }
}
