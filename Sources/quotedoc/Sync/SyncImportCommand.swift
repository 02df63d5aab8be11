import ArgumentParser
import Foundation
import QuoteWorkflow

/// `quotedoc sync import CONNECTION [--dry-run] [--json]`.
struct SyncImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Link the ERP's parties to companies, and add the ones quotedoc lacks.",
        discussion: """
            Each party not linked yet is matched to a company not linked yet by party code, then VAT \
            number, then exact name (case, accents and spaces ignored) and linked; the rest become \
            new companies. An ambiguous match is reported and left alone, never merged. A second \
            import changes nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The connection's name.") var connection: String
    @Flag(help: "Say what would happen; change nothing.") var dryRun = false

    func run() async throws {
        let report = try await global.workflow().importParties(connection: connection, dryRun: dryRun, user: actor.user, now: Date())
        try output.emit(SyncImportJSON(report)) { SyncImportJSON.text(report) }
    }
}
