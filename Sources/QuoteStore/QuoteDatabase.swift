import Foundation
import GRDB
import QuoteModel

/// The embedded quotedoc database: one SQLite file in WAL mode, foreign keys on, schema kept by
/// ordered migrations, every write one transaction.
public final class QuoteDatabase: Sendable {
    /// The file path, or `:memory:`.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens an existing quotedoc database, bringing an older schema up to date.
    ///
    /// A missing file, a file that is not a quotedoc database, a damaged one or one written by a
    /// newer quotedoc is refused with a clear error and left untouched.
    public static func open(at path: String) throws(QuoteError) -> QuoteDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw QuoteError(.databaseMissing, "no database at \(path)", value: path)
        }
        let upToDate = try inspect(path: path)
        return try translated(path: path) {
            // Opening writes nothing unless the schema needs an upgrade; WAL mode was set in the
            // file when it was created and stays set.
            let queue = try DatabaseQueue(path: path, configuration: configuration(journalMode: .default))
            if !upToDate { try SchemaMigrations.migrator.migrate(queue) }
            return QuoteDatabase(path: path, queue: queue)
        }
    }

    /// Creates a new, empty quotedoc database at `path`; an existing quotedoc database there is
    /// opened instead. Any other existing file is refused and left untouched.
    public static func create(at path: String) throws(QuoteError) -> QuoteDatabase {
        if FileManager.default.fileExists(atPath: path), (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0 {
            return try open(at: path)
        }
        do {
            return try translated(path: path) {
                let queue = try DatabaseQueue(path: path, configuration: configuration())
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(SchemaMigrations.applicationID)")
                }
                try SchemaMigrations.migrator.migrate(queue)
                return QuoteDatabase(path: path, queue: queue)
            }
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// A private in-memory database with the full schema, for tests and previews.
    public static func inMemory() throws(QuoteError) -> QuoteDatabase {
        try translated(path: ":memory:") {
            let queue = try DatabaseQueue(configuration: configuration())
            try SchemaMigrations.migrator.migrate(queue)
            return QuoteDatabase(path: ":memory:", queue: queue)
        }
    }

    /// The identifiers of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws(QuoteError) -> [String] {
        try read { db in try SchemaMigrations.migrator.appliedMigrations(db) }
    }

    /// Every migration this build knows, oldest first.
    public static var knownMigrations: [String] { SchemaMigrations.knownIdentifiers }

    /// The migrations the database at `path` has not had yet, read without changing the file
    /// (opening it applies them).
    public static func pendingMigrations(at path: String) throws(QuoteError) -> [String] {
        _ = try inspect(path: path)
        return try translated(path: path) {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let applied = try queue.read { db in try SchemaMigrations.migrator.appliedIdentifiers(db) }
            return SchemaMigrations.knownIdentifiers.filter { !applied.contains($0) }
        }
    }

    /// Reads every page and checks the file's structure (SQLite's quick check). Opening reads only
    /// what it needs, so damage elsewhere (an index, a table's inner page) shows here, or as a
    /// ``QuoteError/Code/corrupt`` error from the first command that reads the damaged page.
    public func verifyIntegrity() throws(QuoteError) {
        let check = try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(1)") }
        guard check == ["ok"] else {
            throw QuoteError(.corrupt, "\(path) is damaged (SQLite's quick check failed); restore it from a backup")
        }
    }

    /// Checks, without writing anything, that the file is a quotedoc database this build can use,
    /// and tells whether its schema is up to date.
    private static func inspect(path: String) throws(QuoteError) -> Bool {
        try translated(path: path) {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == SchemaMigrations.applicationID else {
                    throw QuoteError(.notAQuotedocDatabase, "\(path) is a SQLite database, but not a quotedoc one; it was left untouched")
                }
                if try SchemaMigrations.migrator.hasBeenSuperseded(db) {
                    throw QuoteError(.newerSchema, "\(path) was written by a newer quotedoc; upgrade quotedoc to use it (the file was left untouched)")
                }
            }
            let upToDate = try queue.read { db in try SchemaMigrations.migrator.hasCompletedMigrations(db) }
            try queue.close()
            return upToDate
        }
    }

    private static func configuration(journalMode: Configuration.JournalModeConfiguration = .wal) -> Configuration {
        var configuration = Configuration()
        configuration.journalMode = journalMode
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // 64 MiB of page cache: batch runs read whole pages of quotes at a time.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // The audit trail's triggers chain every new activity and document with it.
            db.add(function: AuditChain.sha256Function)
            // Searching the catalogue ignores case beyond ASCII (SQLite's own lower() does not).
            db.add(function: .lowercase)
        }
        return configuration
    }

    // MARK: Access

    /// Runs `body` in one read transaction.
    public func read<T>(_ body: (Database) throws -> T) throws(QuoteError) -> T {
        try Self.translated(path: path) { try queue.read(body) }
    }

    /// Runs `body` in one write transaction: all of it is committed, or none of it.
    public func write<T>(_ body: (Database) throws -> T) throws(QuoteError) -> T {
        try Self.translated(path: path) { try queue.write(body) }
    }

    /// Runs `body`, turning every failure into a ``QuoteError`` whose message names the problem.
    static func translated<T>(path: String, _ body: () throws -> T) throws(QuoteError) -> T {
        do {
            return try body()
        } catch let error as QuoteError {
            throw error
        } catch let error as DatabaseError {
            throw QuoteError(databaseError: error, path: path)
        } catch let error as ArithmeticOverflow {
            throw QuoteError(.invalid, error.description)
        } catch {
            throw QuoteError(.databaseFailure, "\(path): \(error)")
        }
    }
}

extension QuoteError {
    /// A GRDB error as a user message. Bound values are never included (GRDB's `description`
    /// hides them; the message here does not use the SQL either).
    init(databaseError error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            self.init(.notAQuotedocDatabase, "\(path) is not a SQLite database; it was left untouched")
        case .SQLITE_CORRUPT:
            self.init(.corrupt, "\(path) is damaged (SQLite reports corruption); restore it from a backup")
        case .SQLITE_CONSTRAINT:
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                let columns = (error.message ?? "").replacingOccurrences(of: "UNIQUE constraint failed: ", with: "")
                self.init(.duplicate, "an entry with the same \(columns) exists already")
            case .SQLITE_CONSTRAINT_FOREIGNKEY:
                self.init(.invalid, "the change refers to something that does not exist, or something else still refers to it")
            case .SQLITE_CONSTRAINT_TRIGGER:
                self.init(.invalid, error.message ?? "the database refused the change")
            default:
                self.init(.invalid, "the database refused a value: \(error.message ?? "constraint failed")")
            }
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(.databaseFailure, "\(path) is busy: another quotedoc is writing; try again")
        case .SQLITE_CANTOPEN:
            self.init(.databaseFailure, "cannot open \(path): check the folder exists and is writable")
        case .SQLITE_READONLY:
            self.init(.databaseFailure, "\(path) is read-only")
        case .SQLITE_FULL:
            self.init(.databaseFailure, "the disk holding \(path) is full; nothing was changed")
        default:
            self.init(.databaseFailure, "\(path): SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown")")
        }
    }
}
