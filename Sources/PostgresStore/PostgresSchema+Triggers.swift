import QuoteModel

extension PostgresSchema {
    /// The columns of a chained table's canonical text, with their SQL types, in the order
    /// `AuditChain` fixes for the SQLite store.
    static let chainedTables: [(table: String, rows: String, columns: [String])] = [
        ("saleActivity", "sale activities", ["id", "kind", "saleId", "quoteVersionId", "associateId", "date", "text"]),
        ("document", "archived documents", [
            "id", "activityId", "quoteVersionId", "kind", "format", "path", "sha256", "byteSize", "templateName", "templateHash",
            "engineVersion", "created",
        ]),
        ("versionStateChange", "state changes", ["id", "quoteVersionId", "fromState", "toState", "associateId", "at", "note"]),
    ]

    /// The canonical text of a row of `table` as an SQL expression over `row` (`NEW`, or a table
    /// alias): every column quoted as SQLite's `quote()` prints it, joined by commas.
    static func canonicalText(_ table: String, row: String) -> String {
        let columns = chainedTables.first { $0.table == table }!.columns
        return columns.map { "quotedoc_quote(\(row).\($0))" }.joined(separator: " || ',' || ")
    }

    /// A BEFORE trigger on `table` for `events` that refuses the statement with `message` when
    /// `condition` holds (`OLD`/`NEW` in scope).
    static func refusal(_ name: String, on table: String, _ events: String, when condition: String? = nil, _ message: String) -> [String] {
        let function = "quotedoc_\(name)"
        let body = condition.map { "IF \($0) THEN RAISE EXCEPTION '%', \(literal(message)); END IF;" } ?? "RAISE EXCEPTION '%', \(literal(message));"
        return [
            """
            CREATE FUNCTION \(function)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              \(body)
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER \(name) BEFORE \(events) ON \(table) FOR EACH ROW EXECUTE FUNCTION \(function)()",
        ]
    }

    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    static let frozenMessage = "quote version is frozen (sent, ordered, lost or archived); create a new version with quotedoc version new"

    static var triggers: [String] {
        var statements: [String] = []
        // Frozen versions: their alternatives, lines and attachments never change.
        statements += refusal(
            "quoteLine_frozen", on: "quoteLine", "INSERT OR UPDATE OR DELETE",
            when: "(TG_OP <> 'INSERT' AND quotedoc_alternative_is_frozen(OLD.alternativeId)) OR (TG_OP <> 'DELETE' AND quotedoc_alternative_is_frozen(NEW.alternativeId))",
            frozenMessage)
        statements += refusal(
            "quoteAlternative_frozen", on: "quoteAlternative", "INSERT OR UPDATE OR DELETE",
            when: "(TG_OP <> 'INSERT' AND quotedoc_version_is_frozen(OLD.versionId)) OR (TG_OP <> 'DELETE' AND quotedoc_version_is_frozen(NEW.versionId))",
            frozenMessage)
        statements += refusal(
            "versionAttachment_frozen", on: "versionAttachment", "INSERT OR UPDATE OR DELETE",
            when: "(TG_OP <> 'INSERT' AND quotedoc_version_is_frozen(OLD.quoteVersionId)) OR (TG_OP <> 'DELETE' AND quotedoc_version_is_frozen(NEW.quoteVersionId))",
            "the attachments of a sent version never change")
        let frozenColumns = [
            "quoteId", "rank", "status", "reason", "description", "sentDate", "expirationDate", "favouriteAlternativeId", "paymentTerms",
            "paymentType", "deliveryTerms", "deliveryType", "roundingPolicy", "deliveryStreet", "deliveryCity", "deliveryRegion",
            "deliveryPostalCode", "deliveryCountry", "invoiceStreet", "invoiceCity", "invoiceRegion", "invoicePostalCode", "invoiceCountry",
            "extraField1", "extraField2", "extraField3", "extraField4", "extraField5",
        ]
        statements += refusal(
            "quoteVersion_frozen_update", on: "quoteVersion", "UPDATE",
            when: "OLD.state IN \(frozenStates) AND (\(changed(frozenColumns)) OR (NEW.state NOT IN ('archived', 'lost', 'sold') AND NEW.state IS DISTINCT FROM OLD.state))",
            frozenMessage)
        statements += refusal("quoteVersion_frozen_delete", on: "quoteVersion", "DELETE", when: "OLD.state IN \(frozenStates)", frozenMessage)
        statements += refusal(
            "quoteVersion_final_state", on: "quoteVersion", "UPDATE",
            when: """
                OLD.state IN ('sold', 'lost', 'archived') AND NEW.state IS DISTINCT FROM OLD.state
                  AND NOT (OLD.state = 'sold' AND NEW.state = 'lost' AND EXISTS (SELECT 1 FROM quote WHERE id = OLD.quoteId AND erpOrderKey <> '' AND erpOrderState = 'cancelled'))
                """,
            "a sold, lost or archived quote version is final: its state never changes")
        let approvalColumns = ["requestedApproverId", "approvalRequestComment", "approvedById", "approvalText", "approvalRegisteredById", "approvalRegisteredAt"]
        statements += refusal(
            "quoteVersion_approval_frozen", on: "quoteVersion", "UPDATE",
            when: "OLD.state NOT IN \(editableStates) AND (\(changed(approvalColumns)))",
            "the approval of a sent, sold, lost or archived quote version never changes")
        statements += refusal(
            "quoteVersion_archived_from_frozen", on: "quoteVersion", "UPDATE",
            when: "OLD.state NOT IN \(editableStates) AND NEW.archivedState IS DISTINCT FROM OLD.archivedState AND NOT (OLD.state <> 'archived' AND NEW.state = 'archived')",
            "an archived quote version keeps the state it was archived from")

        // Connections: removed by marking, their identity fixed; a quote names a live one.
        statements += refusal("erpConnection_immutable_delete", on: "erpConnection", "DELETE", "connections are removed by marking them deleted")
        statements += refusal(
            "erpConnection_fixed", on: "erpConnection", "UPDATE",
            when: changed(["name", "connectorName", "clientKey"]),
            "a connection keeps its name, connector and client key: they never change")
        statements += refusal(
            "quote_connection_missing", on: "quote", "INSERT OR UPDATE",
            when: "(TG_OP = 'INSERT' OR NEW.connectionName IS DISTINCT FROM OLD.connectionName) AND NOT EXISTS (SELECT 1 FROM erpConnection WHERE name = NEW.connectionName)",
            "the quote names a connection that does not exist")
        statements += refusal(
            "quote_connection_removed", on: "quote", "INSERT OR UPDATE",
            when: "(TG_OP = 'INSERT' OR NEW.connectionName IS DISTINCT FROM OLD.connectionName) AND EXISTS (SELECT 1 FROM erpConnection WHERE name = NEW.connectionName AND isDeleted)",
            "the connection was removed: no new quote can use it")

        // Orders: placed once, fixed after.
        statements += refusal(
            "quote_erpOrder_unplaced", on: "quote", "INSERT OR UPDATE",
            when: "NEW.erpOrderKey <> '' AND NEW.acceptedAlternativeId IS NULL AND (TG_OP = 'INSERT' OR NEW.erpOrderKey IS DISTINCT FROM OLD.erpOrderKey)",
            "the ERP order key is set when the order is placed, never before")
        statements += refusal(
            "quote_erpOrder_fixed", on: "quote", "UPDATE",
            when: "OLD.erpOrderKey <> '' AND (\(changed(["erpOrderKey", "erpOrderNumber"])))",
            "an order in the ERP keeps its key and number: once set, they never change")
        statements += refusal(
            "quote_erpOrderState_without_order", on: "quote", "UPDATE",
            when: "NEW.erpOrderState <> '' AND NEW.erpOrderKey = '' AND OLD.erpOrderKey = ''",
            "only an order placed in the ERP has an ERP state")
        statements += refusal(
            "quote_erpOrderState_final", on: "quote", "UPDATE",
            when: "OLD.erpOrderState IN ('done', 'cancelled') AND NEW.erpOrderState IS DISTINCT FROM OLD.erpOrderState",
            "an order done or cancelled in the ERP is final: its state never changes")
        statements += refusal(
            "quote_order_fixed", on: "quote", "UPDATE",
            when: """
                OLD.acceptedAlternativeId IS NOT NULL AND (
                  \(changed(["poNumber", "orderComment", "orderDate"]))
                  OR NEW.acceptedAlternativeId IS DISTINCT FROM OLD.acceptedAlternativeId AND NOT (
                    OLD.erpOrderKey <> '' AND EXISTS (
                      SELECT 1 FROM quoteAlternative newer JOIN quoteVersion newerVersion ON newerVersion.id = newer.versionId,
                                    quoteAlternative older JOIN quoteVersion olderVersion ON olderVersion.id = older.versionId
                      WHERE newer.id = NEW.acceptedAlternativeId AND older.id = OLD.acceptedAlternativeId
                        AND newerVersion.quoteId = OLD.id AND olderVersion.quoteId = OLD.id
                        AND newerVersion.rank > olderVersion.rank AND newer.name = older.name)))
                """,
            "a placed order never changes: its accepted alternative, PO number, comment and date are fixed")
        statements += refusal(
            "quote_order_delete", on: "quote", "DELETE", when: "OLD.acceptedAlternativeId IS NOT NULL", "a quote with a placed order is never deleted")

        // The audit trail: chained on insert, never changed or deleted, not even by TRUNCATE.
        for (table, rows, _) in chainedTables {
            statements += chain(table: table, rows: rows)
        }
        statements += refusal("syncLog_immutable_update", on: "syncLog", "UPDATE", "the sync log is append-only: a logged entry never changes")
        statements += refusal("syncLog_immutable_delete", on: "syncLog", "DELETE", "the sync log is append-only: a logged entry is never deleted")
        statements.append("CREATE TRIGGER syncLog_no_truncate BEFORE TRUNCATE ON syncLog FOR EACH STATEMENT EXECUTE FUNCTION quotedoc_refuse('the sync log is append-only: it is never emptied')")
        return statements
    }

    /// `NEW.c IS DISTINCT FROM OLD.c OR …` for `columns`.
    static func changed(_ columns: [String]) -> String {
        columns.map { "NEW.\($0) IS DISTINCT FROM OLD.\($0)" }.joined(separator: " OR ")
    }

    /// The chain of `table`: a new row gets its chain hash from the database (the hash of the
    /// previous row's, by id, followed by its canonical text); a row with a hash of its own, or
    /// inserted before the last one, is refused; no row is ever changed or deleted.
    static func chain(table: String, rows: String) -> [String] {
        [
            """
            CREATE FUNCTION quotedoc_\(table)_chain() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              previous text;
            BEGIN
              IF NEW.chainHash IS NOT NULL THEN
                RAISE EXCEPTION 'the chain hash of \(rows) is computed by the database: insert without it';
              END IF;
              IF EXISTS (SELECT 1 FROM \(table) WHERE id > NEW.id) THEN
                RAISE EXCEPTION '\(rows) are appended after the last one, never before it';
              END IF;
              SELECT chainHash INTO previous FROM \(table) WHERE id < NEW.id ORDER BY id DESC LIMIT 1;
              NEW.chainHash := quotedoc_sha256(coalesce(previous, repeat('0', 64)) || \(canonicalText(table, row: "NEW")));
              RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER \(table)_chain BEFORE INSERT ON \(table) FOR EACH ROW EXECUTE FUNCTION quotedoc_\(table)_chain()",
            "CREATE TRIGGER \(table)_immutable_update BEFORE UPDATE ON \(table) FOR EACH ROW EXECUTE FUNCTION quotedoc_refuse('\(rows) never change')",
            "CREATE TRIGGER \(table)_immutable_delete BEFORE DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION quotedoc_refuse('\(rows) are never deleted')",
            "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION quotedoc_refuse('\(rows) are never deleted')",
        ]
    }
}
