import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface
import Synchronization

/// A quotedoc database on a PostgreSQL server, for a team: the storage interface over
/// postgres-nio, with the SQLite store's records, rules (as triggers) and audit chain.
///
/// Writers take one advisory lock per schema at the start of each transaction, so writing
/// transactions run one after another as they do on SQLite (where the database file is locked),
/// and each sees every change committed before it: numbers stay unique, a version is sent once,
/// and the audit chain grows in commit order. Readers never wait: a snapshot is one
/// `REPEATABLE READ` read-only transaction. Connections are pooled within the process.
public final class PostgresQuoteStore: Sendable {
    /// The server and database, shown without the password.
    public let location: PostgresLocation
    /// The schema the tables are in (`public` unless a test or a second dataset chose another).
    public let schema: String
    private let idle = Mutex<[ServerConnection]>([])

    /// The advisory lock of writing transactions: `QDOC` and the schema's hash.
    static let writerLock = "pg_advisory_xact_lock(1363365699, hashtext(current_schema()))"

    private init(location: PostgresLocation, schema: String) {
        self.location = location
        self.schema = schema
    }

    /// Opens the quotedoc database at `location`; one without quotedoc's tables, or whose schema
    /// is older (run `quotedoc db migrate`) or newer than this build, is refused.
    public static func open(_ location: PostgresLocation, schema: String = "public") throws(QuoteError) -> PostgresQuoteStore {
        let store = try PostgresQuoteStore(location: location, schema: SchemaName.checked(schema))
        let status = try store.migrationStatus()
        if status.applied.isEmpty {
            throw QuoteError(.notAQuotedocDatabase, "database \(location.database) at \(location.host):\(location.port) has no quotedoc tables yet: run quotedoc db migrate")
        }
        if !status.unknown.isEmpty {
            throw QuoteError(.newerSchema, "database \(location.database) was migrated by a newer quotedoc (\(status.unknown.joined(separator: ", "))); use that version")
        }
        if !status.pending.isEmpty {
            throw QuoteError(.invalid, "database \(location.database) needs migrations \(status.pending.joined(separator: ", ")): run quotedoc db migrate")
        }
        return store
    }

    /// Brings the database at `location` up to this build's schema (creating every table in an
    /// empty database) and opens it; `created` tells whether it was empty. Two machines
    /// migrating at once take turns.
    public static func migrate(_ location: PostgresLocation, schema: String = "public") throws(QuoteError) -> (store: PostgresQuoteStore, applied: [String], created: Bool) {
        let store = try PostgresQuoteStore(location: location, schema: SchemaName.checked(schema))
        var created = false
        let applied = try store.withConnection { connection throws(QuoteError) in
            try connection.execute("BEGIN")
            do throws(QuoteError) {
                try connection.execute("SELECT \(writerLock)")
                try connection.execute("CREATE SCHEMA IF NOT EXISTS \(store.schema)")
                try connection.execute(PostgresSchema.migrationsTable)
                let done = Set(try connection.values("SELECT identifier FROM quotedoc_migrations") as [String])
                var applied: [String] = []
                created = done.isEmpty
                for migration in PostgresSchema.migrations where !done.contains(migration.identifier) {
                    for statement in migration.statements { try connection.execute(statement) }
                    try connection.execute("INSERT INTO quotedoc_migrations (identifier) VALUES ($1)", [migration.identifier])
                    applied.append(migration.identifier)
                }
                try connection.execute("COMMIT")
                return applied
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
        return (store, applied, created)
    }

    /// The migrations of the database at `location`: applied, still to apply, and unknown to
    /// this build (written by a newer quotedoc). Changes nothing.
    public static func migrationStatus(_ location: PostgresLocation, schema: String = "public") throws(QuoteError) -> (applied: [String], pending: [String], unknown: [String]) {
        try PostgresQuoteStore(location: location, schema: SchemaName.checked(schema)).migrationStatus()
    }

    /// The migrations applied, those this build would apply, and those it does not know.
    func migrationStatus() throws(QuoteError) -> (applied: [String], pending: [String], unknown: [String]) {
        try withConnection { connection throws(QuoteError) in
            let exists: [Bool] = try connection.values("SELECT to_regclass('quotedoc_migrations') IS NOT NULL")
            let applied: [String] = exists.first == true ? try connection.values("SELECT identifier FROM quotedoc_migrations ORDER BY appliedAt, identifier") : []
            let known = PostgresSchema.migrations.map(\.identifier)
            return (applied, known.filter { !applied.contains($0) }, applied.filter { !known.contains($0) })
        }
    }

    /// Runs `body` on a pooled connection (a new one when none is free); a connection the server
    /// closed is dropped, not pooled again.
    func withConnection<T>(_ body: (ServerConnection) throws(QuoteError) -> T) throws(QuoteError) -> T {
        let pooled = idle.withLock { $0.popLast() }
        let connection = if let pooled { pooled } else { try ServerConnection.open(location, schema: schema) }
        defer {
            if connection.isClosed { connection.close() } else { idle.withLock { $0.append(connection) } }
        }
        return try body(connection)
    }

    /// Runs `body` in a transaction begun with `begin`: committed when it returns, rolled back
    /// when it throws.
    func inTransaction<T>(_ begin: [String], _ body: (ServerConnection) throws -> T) throws -> T {
        try withConnection { connection throws(QuoteError) in
            do {
                for statement in begin { try connection.execute(statement) }
                let result = try body(connection)
                try connection.execute("COMMIT")
                return result
            } catch {
                if !connection.isClosed { _ = try? connection.execute("ROLLBACK") }
                throw error as? QuoteError ?? QuoteError(.databaseFailure, "\(error)")
            }
        }
    }

    /// A read-only transaction on one snapshot.
    func reading<T>(_ body: (ServerConnection) throws -> T) throws -> T {
        try inTransaction(["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"], body)
    }

    /// A writing transaction, after every writer before it.
    func writing<T>(_ body: (ServerConnection) throws -> T) throws -> T {
        try inTransaction(["BEGIN", "SELECT \(Self.writerLock)"], body)
    }

    deinit {
        for connection in idle.withLock({ $0 }) { connection.close() }
    }
}

/// A schema name as quotedoc accepts it: lower-case letters, digits and underscores.
enum SchemaName {
    static func checked(_ name: String) throws(QuoteError) -> String {
        let allowed = name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
        guard allowed, let first = name.utf8.first, !(first >= 48 && first <= 57) else {
            throw QuoteError(.invalid, "'\(name)' is not a schema name quotedoc uses: lower-case letters, digits and underscores", value: name)
        }
        return name
    }
}
