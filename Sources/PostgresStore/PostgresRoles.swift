import QuoteModel

/// The least-privilege layout of a team's database: an owner role that migrates (it owns the
/// tables, triggers and functions) and an application role the salespeople and the batch log in
/// as, which reads and writes quotes but can neither change nor delete what the audit trail keeps.
/// The triggers refuse those changes too; without the privilege the server refuses them before
/// any trigger runs, and a user cannot drop a trigger on a table it does not own.
public enum PostgresRoles {
    /// The tables that only ever grow.
    static let appendOnly = ["saleActivity", "document", "versionStateChange", "syncLog"]

    /// Those tables in words.
    public static let appendOnlyDescription = "sale activities, archived documents, state changes and the sync log"

    /// The statements that give `application` its privileges on the tables `owner` made in
    /// `schema` (run them as the owner, after `db migrate`).
    public static func grants(owner: String, application: String, schema: String = "public") throws(QuoteError) -> [String] {
        let owner = try identifier(owner)
        let application = try identifier(application)
        let schema = try SchemaName.checked(schema)
        let appendOnlyTables = appendOnly.map { "\(schema).\($0.lowercased())" }.joined(separator: ", ")
        return [
            "REVOKE ALL ON SCHEMA \(schema) FROM PUBLIC",
            "GRANT USAGE ON SCHEMA \(schema) TO \(application)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(application)",
            "REVOKE UPDATE, DELETE, TRUNCATE ON \(appendOnlyTables) FROM \(application)",
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \(schema).quotedoc_migrations FROM \(application)",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(application)",
            "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA \(schema) TO \(application)",
            // Tables a later migration makes get the same privileges (the owner runs migrations).
            "ALTER DEFAULT PRIVILEGES FOR ROLE \(owner) IN SCHEMA \(schema) GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \(application)",
            "ALTER DEFAULT PRIVILEGES FOR ROLE \(owner) IN SCHEMA \(schema) GRANT USAGE, SELECT ON SEQUENCES TO \(application)",
        ]
    }

    /// A role name as quotedoc writes it into SQL: lower-case letters, digits and underscores.
    static func identifier(_ name: String) throws(QuoteError) -> String {
        do {
            return try SchemaName.checked(name)
        } catch {
            throw QuoteError(.invalid, "'\(name)' is not a role name quotedoc uses: lower-case letters, digits and underscores", value: name)
        }
    }
}

extension PostgresQuoteStore {
    /// Runs the grants of ``PostgresRoles`` in one transaction, as the user this store connects as
    /// (the owner).
    public func applyGrants(_ statements: [String]) throws(QuoteError) {
        try withConnection { connection throws(QuoteError) in
            try connection.execute("BEGIN")
            do throws(QuoteError) {
                for statement in statements { try connection.execute(statement) }
                try connection.execute("COMMIT")
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }
}
