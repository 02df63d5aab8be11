import QuoteModel

/// The schema of a quotedoc database on PostgreSQL, as ordered migrations.
///
/// It is the SQLite schema at `v13-sync` in PostgreSQL's types: amounts are `numeric` (exact, at
/// the scale they were written with), days `date`, times `timestamptz`, pictures and files
/// `bytea`, flags `boolean`. The tables, columns, CHECK constraints, foreign keys and unique keys
/// are the same, and so are the rules the SQLite triggers keep (frozen versions, forward-only
/// states, fixed orders and connections, append-only activities, documents, state changes and
/// sync log), written as PL/pgSQL. The audit chain hashes each row's canonical text exactly as
/// SQLite's `quote()` prints it, so a database copied between the stores keeps its chain.
/// Identifiers are unquoted, so PostgreSQL keeps them in lower case; the records read columns by
/// name without regard to case.
enum PostgresSchema {
    /// One migration: an identifier, recorded once applied, and its statements, run in order in
    /// one transaction.
    struct Migration {
        let identifier: String
        let statements: [String]
    }

    /// Every migration, oldest first.
    static let migrations = [
        Migration(identifier: "pg1-quote-model", statements: functions + tables + stateFunctions + triggers + seed),
        Migration(identifier: "pg2-batch-workers", statements: batchWorkers),
        Migration(identifier: "pg3-version-revisions", statements: [
            "ALTER TABLE quoteVersion ADD COLUMN revision bigint NOT NULL DEFAULT 1 CHECK (revision >= 1)",
            "ALTER TABLE quoteVersion ADD COLUMN revisedById bigint REFERENCES associate(id)",
            "ALTER TABLE quoteVersion ADD COLUMN revisedAt timestamptz",
        ]),
    ]

    /// The runs of confirmation batches shared by workers, and their pages with each one's claim:
    /// the worker holding it, on which host, until when (see ``BatchCoordinator``).
    static let batchWorkers = [
        """
        CREATE TABLE batchRun (
            id text PRIMARY KEY CHECK (id <> ''),
            startedAt timestamptz NOT NULL,
            completedAt timestamptz,
            formats text NOT NULL CHECK (formats <> ''),
            culture text,
            quotes bigint NOT NULL CHECK (quotes >= 0),
            pages bigint NOT NULL CHECK (pages >= 0)
        )
        """,
        // At most one run is open at a time: the one later workers join.
        "CREATE UNIQUE INDEX batchRun_open ON batchRun ((completedAt IS NULL)) WHERE completedAt IS NULL",
        """
        CREATE TABLE batchPage (
            runId text NOT NULL REFERENCES batchRun(id),
            page bigint NOT NULL CHECK (page >= 1),
            quoteNumbers text[] NOT NULL,
            worker text,
            host text,
            leaseExpires timestamptz,
            attempts bigint NOT NULL DEFAULT 0,
            doneAt timestamptz,
            rendered bigint NOT NULL DEFAULT 0,
            failed bigint NOT NULL DEFAULT 0,
            bytes bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (runId, page),
            CHECK ((worker IS NULL) = (host IS NULL))
        )
        """,
        "CREATE INDEX batchPage_open ON batchPage (runId, page) WHERE doneAt IS NULL",
    ]

    /// The table of applied migrations.
    static let migrationsTable = """
        CREATE TABLE IF NOT EXISTS quotedoc_migrations (
            identifier text PRIMARY KEY,
            appliedAt timestamptz NOT NULL DEFAULT now()
        )
        """

    static let frozenStates = "('sent', 'archived', 'lost', 'sold')"
    static let editableStates = "('draft', 'needsApproval', 'approved', 'notApproved')"
    static let states = "('draft', 'needsApproval', 'approved', 'notApproved', 'sent', 'archived', 'lost', 'sold')"
    static let lineStatuses = "('ok', 'okWithInfo', 'warning', 'error')"
    static let overrides = "('none', 'totalPrice', 'discountPercent', 'discountAmount', 'earningPercent', 'earningAmount')"

    // MARK: Functions

    static let functions = [
        // SQLite's quote() of a value: the canonical text of the audit chain.
        """
        CREATE FUNCTION quotedoc_quote(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE WHEN value IS NULL THEN 'NULL' ELSE '''' || replace(value, '''', '''''') || '''' END
        $$
        """,
        """
        CREATE FUNCTION quotedoc_quote(value bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT coalesce(value::text, 'NULL')
        $$
        """,
        // A time as the SQLite store writes it: UTC, to the millisecond.
        """
        CREATE FUNCTION quotedoc_quote(value timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT quotedoc_quote(to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'))
        $$
        """,
        """
        CREATE FUNCTION quotedoc_sha256(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT encode(sha256(convert_to(value, 'UTF8')), 'hex')
        $$
        """,
        """
        CREATE FUNCTION quotedoc_is_json_object(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
          RETURN jsonb_typeof(value::jsonb) = 'object';
        EXCEPTION WHEN others THEN
          RETURN false;
        END
        $$
        """,
        // Lower case of ASCII letters only, as SQLite's LIKE compares.
        """
        CREATE FUNCTION quotedoc_ascii_lower(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
        $$
        """,
        // Refuses the statement with the trigger's argument as the message.
        """
        CREATE FUNCTION quotedoc_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '%', TG_ARGV[0];
        END
        $$
        """,
    ]

    /// Whether a version (or an alternative's version) is frozen: after the tables they read.
    static let stateFunctions = [
        """
        CREATE FUNCTION quotedoc_version_is_frozen(version bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT coalesce((SELECT state IN \(frozenStates) FROM quoteVersion WHERE id = version), false)
        $$
        """,
        """
        CREATE FUNCTION quotedoc_alternative_is_frozen(alternative bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT coalesce((SELECT quotedoc_version_is_frozen(versionId) FROM quoteAlternative WHERE id = alternative), false)
        $$
        """,
    ]

    // MARK: Tables

    static let tables = [
        """
        CREATE TABLE associate (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            userName text NOT NULL UNIQUE CHECK (userName <> ''),
            name text NOT NULL,
            title text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            canApproveQuote boolean NOT NULL DEFAULT false
        )
        """,
        """
        CREATE TABLE company (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            code text NOT NULL UNIQUE CHECK (code <> ''),
            name text NOT NULL,
            street text NOT NULL DEFAULT '',
            city text NOT NULL DEFAULT '',
            region text NOT NULL DEFAULT '',
            postalCode text NOT NULL DEFAULT '',
            country text NOT NULL DEFAULT '',
            phone text NOT NULL DEFAULT '',
            fax text NOT NULL DEFAULT '',
            endpointScheme text CHECK (endpointScheme IS NULL OR endpointScheme ~ '^[0-9]{4}$'),
            endpointId text CHECK ((endpointScheme IS NULL) = (endpointId IS NULL) AND (endpointId IS NULL OR endpointId <> '')),
            email text NOT NULL DEFAULT '',
            vatNumber text NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TABLE person (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            companyId bigint NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            firstName text NOT NULL,
            lastName text NOT NULL,
            title text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            phone text NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX person_company ON person(companyId)",
        """
        CREATE TABLE saleType (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE,
            quoteValidityDays bigint NOT NULL CHECK (quoteValidityDays >= 0),
            allowsAlternatives boolean NOT NULL,
            maxDiscountPercent numeric,
            minEarningPercent numeric,
            quoteTemplate text NOT NULL,
            confirmationTemplate text NOT NULL,
            defaultCulture text CHECK (defaultCulture IS NULL OR defaultCulture <> ''),
            confirmationProfile text NOT NULL DEFAULT 'standard' CHECK (confirmationProfile IN ('standard', 'peppol'))
        )
        """,
        """
        CREATE TABLE sale (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            number text NOT NULL UNIQUE CHECK (number <> ''),
            title text NOT NULL,
            ownerId bigint NOT NULL REFERENCES associate(id),
            companyId bigint NOT NULL REFERENCES company(id),
            personId bigint REFERENCES person(id),
            saleTypeId bigint NOT NULL REFERENCES saleType(id),
            currency text NOT NULL CHECK (char_length(currency) = 3),
            status text NOT NULL CHECK (status IN ('open', 'sold', 'lost')),
            amount numeric NOT NULL,
            date date NOT NULL
        )
        """,
        "CREATE INDEX sale_company ON sale(companyId)",
        "CREATE INDEX sale_owner ON sale(ownerId)",
        """
        CREATE TABLE priceList (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (name <> ''),
            description text NOT NULL DEFAULT '',
            currency text NOT NULL CHECK (char_length(currency) = 3),
            validFrom date,
            validTo date,
            isActive boolean NOT NULL,
            isERPCopy boolean NOT NULL
        )
        """,
        """
        CREATE TABLE product (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            priceListId bigint NOT NULL REFERENCES priceList(id),
            code text NOT NULL CHECK (code <> ''),
            name text NOT NULL,
            description text NOT NULL DEFAULT '',
            quantityUnit text NOT NULL DEFAULT '',
            priceUnit text NOT NULL DEFAULT '',
            itemNumber text NOT NULL DEFAULT '',
            url text NOT NULL DEFAULT '',
            productCategory text NOT NULL DEFAULT '',
            productFamily text NOT NULL DEFAULT '',
            productType text NOT NULL DEFAULT '',
            supplier text NOT NULL DEFAULT '',
            supplierCode text NOT NULL DEFAULT '',
            vatPercent numeric NOT NULL,
            vatInfo text NOT NULL DEFAULT '',
            unitCost numeric,
            unitMinimumPrice numeric,
            unitListPrice numeric NOT NULL,
            inAssortment boolean NOT NULL,
            stock numeric,
            isSubscription boolean NOT NULL DEFAULT false,
            subscriptionUnit text NOT NULL DEFAULT '',
            defaultSubscriptionQuantity numeric,
            imageMediaType text,
            imageBytes bytea,
            extraField1 text NOT NULL DEFAULT '',
            extraField2 text NOT NULL DEFAULT '',
            extraField3 text NOT NULL DEFAULT '',
            extraField4 text NOT NULL DEFAULT '',
            extraField5 text NOT NULL DEFAULT '',
            isRemoved boolean NOT NULL DEFAULT false,
            UNIQUE (priceListId, code),
            CHECK ((imageMediaType IS NULL) = (imageBytes IS NULL))
        )
        """,
        """
        CREATE TABLE erpConnection (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (name <> ''),
            connectorName text NOT NULL CHECK (connectorName <> ''),
            description text NOT NULL DEFAULT '',
            settings text NOT NULL DEFAULT '{}' CHECK (quotedoc_is_json_object(settings)),
            clientKey text NOT NULL UNIQUE CHECK (clientKey <> ''),
            isDeleted boolean NOT NULL DEFAULT false,
            syncActive boolean NOT NULL DEFAULT false,
            syncPriority bigint NOT NULL DEFAULT 1,
            syncWinner text NOT NULL DEFAULT 'erp' CHECK (syncWinner IN ('crm', 'erp')),
            syncPushOnOrder boolean NOT NULL DEFAULT false
        )
        """,
        """
        CREATE TABLE quote (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            saleId bigint NOT NULL UNIQUE REFERENCES sale(id),
            number text NOT NULL UNIQUE CHECK (number <> ''),
            connectionName text NOT NULL,
            poNumber text NOT NULL DEFAULT '',
            orderComment text NOT NULL DEFAULT '',
            acceptedAlternativeId bigint,
            orderDate date,
            erpOrderKey text NOT NULL DEFAULT '',
            erpOrderNumber text NOT NULL DEFAULT '',
            erpOrderState text NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TABLE quoteVersion (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            quoteId bigint NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            rank bigint NOT NULL CHECK (rank >= 1),
            state text NOT NULL CHECK (state IN \(states)),
            archivedState text CHECK (archivedState IS NULL OR archivedState IN \(states)),
            status text NOT NULL CHECK (status IN \(lineStatuses)),
            reason text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            sentDate date,
            expirationDate date,
            favouriteAlternativeId bigint,
            paymentTerms text NOT NULL DEFAULT '',
            paymentType text NOT NULL DEFAULT '',
            deliveryTerms text NOT NULL DEFAULT '',
            deliveryType text NOT NULL DEFAULT '',
            deliveryStreet text NOT NULL DEFAULT '',
            deliveryCity text NOT NULL DEFAULT '',
            deliveryRegion text NOT NULL DEFAULT '',
            deliveryPostalCode text NOT NULL DEFAULT '',
            deliveryCountry text NOT NULL DEFAULT '',
            invoiceStreet text NOT NULL DEFAULT '',
            invoiceCity text NOT NULL DEFAULT '',
            invoiceRegion text NOT NULL DEFAULT '',
            invoicePostalCode text NOT NULL DEFAULT '',
            invoiceCountry text NOT NULL DEFAULT '',
            roundingPolicy text NOT NULL CHECK (roundingPolicy IN ('perLine', 'perTotal')),
            requestedApproverId bigint REFERENCES associate(id),
            approvalRequestComment text NOT NULL DEFAULT '',
            approvedById bigint REFERENCES associate(id),
            approvalText text NOT NULL DEFAULT '',
            approvalRegisteredById bigint REFERENCES associate(id),
            approvalRegisteredAt timestamptz,
            extraField1 text NOT NULL DEFAULT '',
            extraField2 text NOT NULL DEFAULT '',
            extraField3 text NOT NULL DEFAULT '',
            extraField4 text NOT NULL DEFAULT '',
            extraField5 text NOT NULL DEFAULT '',
            UNIQUE (quoteId, rank)
        )
        """,
        """
        CREATE TABLE quoteAlternative (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            versionId bigint NOT NULL REFERENCES quoteVersion(id) ON DELETE CASCADE,
            rank bigint NOT NULL CHECK (rank >= 1),
            name text NOT NULL CHECK (name <> ''),
            description text NOT NULL DEFAULT '',
            discountPercent numeric NOT NULL,
            discountAmount numeric NOT NULL,
            valueOverride text NOT NULL CHECK (valueOverride IN \(overrides)),
            erpDiscountPercent numeric,
            erpDiscountAmount numeric,
            subTotal numeric NOT NULL,
            totalPrice numeric NOT NULL,
            vatAmount numeric NOT NULL,
            earningAmount numeric,
            earningPercent numeric,
            status text NOT NULL CHECK (status IN \(lineStatuses)),
            reason text NOT NULL DEFAULT '',
            extraField1 text NOT NULL DEFAULT '',
            extraField2 text NOT NULL DEFAULT '',
            extraField3 text NOT NULL DEFAULT '',
            extraField4 text NOT NULL DEFAULT '',
            extraField5 text NOT NULL DEFAULT '',
            UNIQUE (versionId, name)
        )
        """,
        "CREATE INDEX quoteAlternative_version ON quoteAlternative(versionId, rank)",
        "ALTER TABLE quote ADD FOREIGN KEY (acceptedAlternativeId) REFERENCES quoteAlternative(id)",
        "ALTER TABLE quoteVersion ADD FOREIGN KEY (favouriteAlternativeId) REFERENCES quoteAlternative(id)",
        """
        CREATE TABLE quoteLine (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            alternativeId bigint NOT NULL REFERENCES quoteAlternative(id) ON DELETE CASCADE,
            rank bigint NOT NULL CHECK (rank >= 1),
            productId bigint REFERENCES product(id),
            code text NOT NULL DEFAULT '',
            name text NOT NULL,
            description text NOT NULL DEFAULT '',
            quantityUnit text NOT NULL DEFAULT '',
            priceUnit text NOT NULL DEFAULT '',
            itemNumber text NOT NULL DEFAULT '',
            url text NOT NULL DEFAULT '',
            productCategory text NOT NULL DEFAULT '',
            productFamily text NOT NULL DEFAULT '',
            productType text NOT NULL DEFAULT '',
            supplier text NOT NULL DEFAULT '',
            supplierCode text NOT NULL DEFAULT '',
            vatPercent numeric NOT NULL,
            vatInfo text NOT NULL DEFAULT '',
            unitCost numeric,
            unitMinimumPrice numeric,
            unitListPrice numeric NOT NULL,
            quantity numeric NOT NULL,
            isSubscription boolean NOT NULL DEFAULT false,
            subscriptionUnit text NOT NULL DEFAULT '',
            subscriptionQuantity numeric,
            discountPercent numeric NOT NULL,
            discountAmount numeric NOT NULL,
            erpDiscountPercent numeric,
            erpDiscountAmount numeric,
            valueOverride text NOT NULL CHECK (valueOverride IN \(overrides)),
            subTotal numeric NOT NULL,
            totalPrice numeric NOT NULL,
            earningAmount numeric,
            earningPercent numeric,
            status text NOT NULL CHECK (status IN \(lineStatuses)),
            reason text NOT NULL DEFAULT '',
            extraField1 text NOT NULL DEFAULT '',
            extraField2 text NOT NULL DEFAULT '',
            extraField3 text NOT NULL DEFAULT '',
            extraField4 text NOT NULL DEFAULT '',
            extraField5 text NOT NULL DEFAULT '',
            erpProductKey text NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX quoteLine_alternative ON quoteLine(alternativeId, rank)",
        "CREATE INDEX quoteLine_product ON quoteLine(productId)",
        """
        CREATE TABLE saleActivity (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('quoteSent', 'orderPlaced', 'confirmationIssued', 'followUp', 'saleLost')),
            saleId bigint NOT NULL REFERENCES sale(id),
            quoteVersionId bigint REFERENCES quoteVersion(id),
            associateId bigint NOT NULL REFERENCES associate(id),
            date timestamptz NOT NULL,
            text text NOT NULL DEFAULT '',
            chainHash text
        )
        """,
        "CREATE INDEX saleActivity_sale ON saleActivity(saleId, date)",
        "CREATE INDEX saleActivity_version ON saleActivity(quoteVersionId)",
        """
        CREATE TABLE document (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            activityId bigint REFERENCES saleActivity(id),
            quoteVersionId bigint NOT NULL REFERENCES quoteVersion(id),
            kind text NOT NULL CHECK (kind IN ('proposal', 'orderConfirmation')),
            format text NOT NULL CHECK (format IN ('html', 'xml', 'pdf', 'eml', 'attachment')),
            path text NOT NULL,
            sha256 text NOT NULL CHECK (char_length(sha256) = 64),
            byteSize bigint NOT NULL CHECK (byteSize >= 0),
            templateName text NOT NULL,
            templateHash text NOT NULL,
            engineVersion text NOT NULL,
            created timestamptz NOT NULL,
            chainHash text
        )
        """,
        "CREATE INDEX document_version ON document(quoteVersionId)",
        "CREATE INDEX document_activity ON document(activityId)",
        "CREATE INDEX document_path ON document(path COLLATE \"C\", sha256)",
        """
        CREATE TABLE versionStateChange (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            quoteVersionId bigint NOT NULL REFERENCES quoteVersion(id),
            fromState text CHECK (fromState IN \(states)),
            toState text NOT NULL CHECK (toState IN \(states)),
            associateId bigint NOT NULL REFERENCES associate(id),
            at timestamptz NOT NULL,
            note text NOT NULL DEFAULT '',
            chainHash text
        )
        """,
        "CREATE INDEX versionStateChange_version ON versionStateChange(quoteVersionId)",
        """
        CREATE TABLE ownCompany (
            id bigint PRIMARY KEY CHECK (id = 1),
            name text NOT NULL,
            street text NOT NULL DEFAULT '',
            city text NOT NULL DEFAULT '',
            region text NOT NULL DEFAULT '',
            postalCode text NOT NULL DEFAULT '',
            country text NOT NULL DEFAULT '',
            phone text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            website text NOT NULL DEFAULT '',
            vatNumber text NOT NULL DEFAULT '',
            logoMediaType text CHECK (logoMediaType IS NULL OR logoMediaType IN ('image/png', 'image/jpeg', 'image/gif')),
            logoBytes bytea CHECK ((logoMediaType IS NULL) = (logoBytes IS NULL)),
            endpointScheme text CHECK (endpointScheme IS NULL OR endpointScheme ~ '^[0-9]{4}$'),
            endpointId text CHECK ((endpointScheme IS NULL) = (endpointId IS NULL) AND (endpointId IS NULL OR endpointId <> ''))
        )
        """,
        """
        CREATE TABLE fieldSetting (
            field text PRIMARY KEY CHECK (field <> ''),
            shown boolean NOT NULL,
            mandatory boolean NOT NULL,
            readOnly boolean NOT NULL,
            rank bigint NOT NULL CHECK (rank >= 1),
            CHECK (NOT (mandatory AND readOnly))
        )
        """,
        """
        CREATE TABLE fieldLabel (
            field text NOT NULL CHECK (field <> ''),
            language text NOT NULL CHECK (language <> ''),
            label text NOT NULL CHECK (label <> ''),
            PRIMARY KEY (field, language)
        )
        """,
        """
        CREATE TABLE quoteSettings (
            id bigint PRIMARY KEY CHECK (id = 1),
            allowsAlternativeDiscount boolean NOT NULL DEFAULT true,
            followUpText text NOT NULL DEFAULT 'Follow up on the quote' CHECK (trim(followUpText) <> ''),
            defaultCulture text CHECK (defaultCulture IS NULL OR defaultCulture <> '')
        )
        """,
        """
        CREATE TABLE versionAttachment (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            quoteVersionId bigint NOT NULL REFERENCES quoteVersion(id),
            fileName text NOT NULL CHECK (fileName <> ''),
            mediaType text NOT NULL CHECK (mediaType <> ''),
            byteSize bigint NOT NULL CHECK (byteSize > 0 AND byteSize = octet_length(bytes)),
            sha256 text NOT NULL CHECK (char_length(sha256) = 64),
            bytes bytea NOT NULL,
            isIncluded boolean NOT NULL DEFAULT true,
            UNIQUE (quoteVersionId, fileName)
        )
        """,
        """
        CREATE TABLE saleTypeAttachment (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            saleTypeId bigint NOT NULL REFERENCES saleType(id),
            fileName text NOT NULL CHECK (fileName <> ''),
            mediaType text NOT NULL CHECK (mediaType <> ''),
            byteSize bigint NOT NULL CHECK (byteSize > 0 AND byteSize = octet_length(bytes)),
            sha256 text NOT NULL CHECK (char_length(sha256) = 64),
            bytes bytea NOT NULL,
            UNIQUE (saleTypeId, fileName)
        )
        """,
        """
        CREATE TABLE syncFieldMapping (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            connectionId bigint NOT NULL REFERENCES erpConnection(id),
            crmField text NOT NULL CHECK (crmField <> ''),
            erpField text NOT NULL CHECK (erpField <> ''),
            direction text NOT NULL CHECK (direction IN ('both', 'to-erp', 'to-crm', 'none')),
            position bigint NOT NULL,
            UNIQUE (connectionId, erpField)
        )
        """,
        """
        CREATE TABLE syncListMapping (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            connectionId bigint NOT NULL REFERENCES erpConnection(id),
            list text NOT NULL CHECK (list <> ''),
            crmValue text NOT NULL CHECK (crmValue <> ''),
            erpValue text NOT NULL CHECK (erpValue <> ''),
            UNIQUE (connectionId, list, erpValue),
            UNIQUE (connectionId, list, crmValue)
        )
        """,
        """
        CREATE TABLE syncDefault (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            connectionId bigint NOT NULL REFERENCES erpConnection(id),
            erpField text NOT NULL CHECK (erpField <> ''),
            value text,
            mandatory boolean NOT NULL DEFAULT false,
            UNIQUE (connectionId, erpField),
            CHECK ((value IS NULL) = mandatory)
        )
        """,
        """
        CREATE TABLE partyLink (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            companyId bigint NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            connectionId bigint NOT NULL REFERENCES erpConnection(id),
            partyKey text NOT NULL CHECK (partyKey <> ''),
            partyCode text NOT NULL,
            base text NOT NULL DEFAULT '{}' CHECK (quotedoc_is_json_object(base)),
            linkedAt timestamptz NOT NULL,
            syncedAt timestamptz,
            UNIQUE (companyId, connectionId),
            UNIQUE (connectionId, partyKey)
        )
        """,
        """
        CREATE TABLE syncLog (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            connectionId bigint NOT NULL REFERENCES erpConnection(id),
            companyCode text NOT NULL,
            partyCode text NOT NULL,
            operation text NOT NULL CHECK (operation IN ('run', 'import', 'push', 'resync-from-crm', 'link')),
            crmField text NOT NULL DEFAULT '',
            erpField text NOT NULL DEFAULT '',
            written text NOT NULL CHECK (written IN ('crm', 'erp')),
            oldValue text NOT NULL DEFAULT '',
            newValue text NOT NULL DEFAULT '',
            isConflict boolean NOT NULL DEFAULT false,
            losingValue text NOT NULL DEFAULT '',
            "user" text NOT NULL,
            at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX syncLog_connection ON syncLog(connectionId, id)",
    ]

    // MARK: Seed

    static let seed = [
        "INSERT INTO ownCompany (id, name) VALUES (1, 'Our Company')",
        "INSERT INTO quoteSettings (id) VALUES (1)",
        """
        INSERT INTO saleType (name, quoteValidityDays, allowsAlternatives, quoteTemplate, confirmationTemplate)
        VALUES ('Standard', 30, true, 'proposal', 'order-confirmation')
        """,
        """
        INSERT INTO erpConnection (name, connectorName, description, settings, clientKey)
        VALUES ('Standalone', 'standalone', 'The price lists in this database', '{}', gen_random_uuid()::text)
        """,
    ]
}
