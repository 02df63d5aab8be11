import ArgumentParser
import Foundation
import QuoteModel
import QuoteWorkflow

/// `quotedoc sync run CONNECTION [--dry-run] [--json] [--prefer crm|erp]`.
struct SyncRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Copy what changed since the last sync, both ways, for every linked company.",
        discussion: """
            A field changed on one side is copied to the other as its direction allows; changed on \
            both is a conflict the connection's winner (--prefer for this run) settles, the other \
            value kept in `sync log`. Fields changed on neither side are not written. A run cut off \
            (the ERP down, the process killed) is simply run again. Exits 1 when a company could not \
            be synced.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The connection's name.") var connection: String
    @Flag(help: "Say what would change; change nothing.") var dryRun = false
    @Option(help: ArgumentHelp("The side that wins a conflict in this run (default: the connection's, else the ERP).", valueName: "crm|erp"))
    var prefer: SyncSide?

    func run() async throws {
        let report = try await global.workflow().runSync(connection: connection, dryRun: dryRun, prefer: prefer, user: actor.user, now: Date())
        try SyncRunJSON.finish(report, output: output)
    }
}
