import ArgumentParser
import Foundation
import PostgresStore
import QuoteStore
import StorageInterface

/// `quotedoc db migrate`: creates quotedoc's tables in a new database, or brings an older schema
/// up to date. On PostgreSQL this is the owner's step before anyone works on the database.
struct DbMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create quotedoc's tables, or bring an older schema up to date.",
        discussion: """
            A SQLite file that does not exist is created. On PostgreSQL the database must exist (CREATE DATABASE); \
            its tables, triggers and functions are made in one transaction, and two machines migrating at once take turns.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let location = try global.location
        let applied: [String]
        switch location {
        case .sqlite(let path):
            if FileManager.default.fileExists(atPath: path) {
                applied = try QuoteDatabase.pendingMigrations(at: path)
                _ = try QuoteDatabase.open(at: path)
            } else {
                applied = try QuoteDatabase.create(at: path).appliedMigrations()
            }
        case .postgres(let server):
            applied = try PostgresQuoteStore.migrate(server).applied
        }
        print(applied.isEmpty
            ? "\(location) is up to date; nothing to migrate."
            : "Migrated \(location): " + applied.joined(separator: ", ") + ".")
    }
}
