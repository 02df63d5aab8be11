import ArgumentParser
import Foundation
import PostgresStore
import StorageInterface

/// `quotedoc db roles`: the GRANTs of a least-privilege team database, printed or applied.
struct DbRolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Print (or --apply) the privileges of the application role on a PostgreSQL database.",
        discussion: """
            The owner role migrates (it owns every table, trigger and function); the application role, which salespeople \
            and the batch log in as, may read and write quotes but may not UPDATE, DELETE or TRUNCATE sale activities, \
            archived documents, state changes or the sync log, nor change the migrations. Create both roles first \
            (CREATE ROLE … LOGIN); run this as the owner.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The role that owns the tables and runs db migrate (default: the user of --database).")
    var owner: String?

    @Option(name: .customLong("app"), help: "The role salespeople and the batch log in as.")
    var application = "quotedoc_app"

    @Flag(help: "Run the statements on the database (as the user of --database) instead of printing them.")
    var apply = false

    func run() throws {
        guard case .postgres(let server) = try global.location else {
            throw CommandFailure("db roles is for a PostgreSQL database: a SQLite file has no roles (its file permissions guard it)")
        }
        let statements = try PostgresRoles.grants(owner: owner ?? server.user, application: application)
        if apply {
            try PostgresQuoteStore.open(server).applyGrants(statements)
            print("Granted \(application) its privileges on \(server); \(PostgresRoles.appendOnlyDescription) stay append-only.")
        } else {
            print(statements.map { $0 + ";" }.joined(separator: "\n"))
        }
    }
}
