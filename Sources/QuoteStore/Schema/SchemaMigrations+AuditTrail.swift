import GRDB

extension SchemaMigrations {
    /// Migration v5-audit-trail: what was sent, decided, ordered and recorded stays as it was,
    /// even against direct SQL, and the activities and documents are chained by hash so that a
    /// change made after dropping the triggers still shows (see ``AuditChain``).
    ///
    /// Triggers refuse: a change of the approval of a version that is no longer editable; a
    /// change of state of a sold, lost or archived version (a sent one may only become archived,
    /// sold or lost, which v3's `quoteVersion_frozen_update` already enforces); a change of the
    /// state an archived version was archived from; any change or deletion of a sale activity or
    /// an archived document, but the chaining of a new row; a row inserted before the last one,
    /// or with a chain hash of its own; and once an order is placed (`acceptedAlternativeId`
    /// set), any change of its accepted alternative, PO number, comment and date, or deleting the
    /// quote. The rows that exist already are chained here, in id order.
    static func chainTheAuditTrail(_ db: Database) throws {
        db.add(function: AuditChain.sha256Function)
        let editable = "('draft', 'needsApproval', 'approved', 'notApproved')"
        let approvalColumns = ["requestedApproverId", "approvalRequestComment", "approvedById", "approvalText", "approvalRegisteredById", "approvalRegisteredAt"]
        let orderColumns = ["acceptedAlternativeId", "poNumber", "orderComment", "orderDate"]
        let changed = { (columns: [String]) in columns.map { "NEW.\"\($0)\" IS NOT OLD.\"\($0)\"" }.joined(separator: " OR ") }
        try db.execute(sql: """
            CREATE TRIGGER quoteVersion_approval_frozen BEFORE UPDATE ON quoteVersion
            WHEN OLD.state NOT IN \(editable) AND (\(changed(approvalColumns)))
            BEGIN SELECT RAISE(ABORT, 'the approval of a sent, sold, lost or archived quote version never changes'); END;
            CREATE TRIGGER quoteVersion_final_state BEFORE UPDATE ON quoteVersion
            WHEN OLD.state IN ('sold', 'lost', 'archived') AND NEW.state IS NOT OLD.state
            BEGIN SELECT RAISE(ABORT, 'a sold, lost or archived quote version is final: its state never changes'); END;
            CREATE TRIGGER quoteVersion_archived_from_frozen BEFORE UPDATE ON quoteVersion
            WHEN OLD.state NOT IN \(editable) AND NEW.archivedState IS NOT OLD.archivedState
              AND NOT (OLD.state IS NOT 'archived' AND NEW.state IS 'archived')
            BEGIN SELECT RAISE(ABORT, 'an archived quote version keeps the state it was archived from'); END;
            CREATE TRIGGER quote_order_fixed BEFORE UPDATE ON quote
            WHEN OLD.acceptedAlternativeId IS NOT NULL AND (\(changed(orderColumns)))
            BEGIN SELECT RAISE(ABORT, 'a placed order never changes: its accepted alternative, PO number, comment and date are fixed'); END;
            CREATE TRIGGER quote_order_delete BEFORE DELETE ON quote
            WHEN OLD.acceptedAlternativeId IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a quote with a placed order is never deleted'); END;
            CREATE TRIGGER saleActivity_immutable_delete BEFORE DELETE ON saleActivity
            BEGIN SELECT RAISE(ABORT, 'sale activities are never deleted'); END;
            DROP TRIGGER document_immutable_update;
            """)

        // document_immutable_delete (v3) stays; document_immutable_update comes back below, with
        // the chaining of a new row as its one exception.
        let chained = [
            (table: "saleActivity", columns: AuditChain.saleActivityColumns, rows: "sale activities"),
            (table: "document", columns: AuditChain.documentColumns, rows: "archived documents"),
        ]
        for (table, columns, rows) in chained {
            try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN chainHash TEXT")
            try chain(table: table, columns: columns, rows: rows, db)
        }
    }

    /// Chains the rows of `table` (which has an empty `chainHash` column) by hash in id order,
    /// then makes the database chain every new row and refuse every change but that chaining.
    /// `columns` are the columns of a row's canonical text; `rows` names the rows in messages.
    static func chain(table: String, columns: [String], rows: String, _ db: Database) throws {
        let unchanged = columns.map { "NEW.\"\($0)\" IS OLD.\"\($0)\"" }.joined(separator: " AND ")
        var previous = AuditChain.genesis
        let fill = try db.makeStatement(sql: "UPDATE \(table) SET chainHash = ? WHERE id = ?")
        for link in try AuditChain.links(of: table, columns: columns, db) {
            previous = AuditChain.link(previous: previous, canonical: link.canonical)
            try fill.execute(arguments: [previous, link.id])
        }
        // The chain trigger's own update (a new row's chain hash, from NULL) is the one
        // change a row ever sees.
        try db.execute(sql: """
            CREATE TRIGGER \(table)_chain AFTER INSERT ON \(table)
            BEGIN
              SELECT RAISE(ABORT, 'the chain hash of \(rows) is computed by the database: insert without it') WHERE NEW.chainHash IS NOT NULL;
              SELECT RAISE(ABORT, '\(rows) are appended after the last one, never before it') WHERE EXISTS (SELECT 1 FROM \(table) WHERE id > NEW.id);
              UPDATE \(table) SET chainHash = \(AuditChain.functionName)(
                coalesce((SELECT p.chainHash FROM \(table) AS p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1), '\(AuditChain.genesis)')
                || \(AuditChain.canonicalTextSQL(columns)))
              WHERE id = NEW.id;
            END;
            CREATE TRIGGER \(table)_immutable_update BEFORE UPDATE ON \(table)
            WHEN NOT (OLD.chainHash IS NULL AND NEW.chainHash IS NOT NULL AND \(unchanged))
            BEGIN SELECT RAISE(ABORT, '\(rows) never change'); END;
            """)
    }
}
