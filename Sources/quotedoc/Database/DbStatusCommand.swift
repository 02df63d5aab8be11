import ArgumentParser
import Foundation
import PostgresStore
import QuoteStore
import StorageInterface

/// `quotedoc db status`: which store, where, and which migrations it has and lacks.
struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the database's store, location and schema migrations (changes nothing).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    /// What `db status` reports.
    struct Status: Encodable {
        var store: String
        var location: String
        var applied: [String]
        var pending: [String]
        var unknown: [String]
        var upToDate: Bool { pending.isEmpty && unknown.isEmpty && !applied.isEmpty }

        enum CodingKeys: String, CodingKey { case store, location, applied, pending, unknown, upToDate }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(store, forKey: .store)
            try container.encode(location, forKey: .location)
            try container.encode(applied, forKey: .applied)
            try container.encode(pending, forKey: .pending)
            try container.encode(unknown, forKey: .unknown)
            try container.encode(upToDate, forKey: .upToDate)
        }
    }

    func run() throws {
        let location = try global.location
        let status: Status
        switch location {
        case .sqlite(let path):
            let pending = try QuoteDatabase.pendingMigrations(at: path)
            let all = QuoteDatabase.knownMigrations
            status = Status(store: "sqlite", location: location.description, applied: all.filter { !pending.contains($0) }, pending: pending, unknown: [])
        case .postgres(let server):
            let migrations = try PostgresQuoteStore.migrationStatus(server)
            status = Status(
                store: "postgresql", location: location.description, applied: migrations.applied, pending: migrations.pending,
                unknown: migrations.unknown)
        }
        try output.emit(status) {
            fieldList([
                ("Store", status.store == "sqlite" ? "SQLite" : "PostgreSQL"),
                ("Location", status.location),
                ("Applied", status.applied.isEmpty ? "none (run quotedoc db migrate)" : status.applied.joined(separator: ", ")),
                ("Pending", status.pending.isEmpty ? "none" : status.pending.joined(separator: ", ") + " (run quotedoc db migrate)"),
            ] + (status.unknown.isEmpty ? [] : [("Newer", status.unknown.joined(separator: ", ") + " (written by a newer quotedoc)")]))
        }
    }
}
