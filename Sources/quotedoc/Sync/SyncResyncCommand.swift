import ArgumentParser
import Foundation
import QuoteWorkflow

/// `quotedoc sync resync-from-crm CONNECTION --yes`.
struct SyncResyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resync-from-crm", abstract: "Write every linked party from quotedoc's side, ignoring what changed in the ERP.",
        discussion: "Every field that flows to the ERP gets quotedoc's value where the two differ; the ERP's own changes to them are overwritten. Back the ERP up first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The connection's name.") var connection: String
    @Flag(help: "Confirm: overwrite the ERP's values.") var yes = false

    func validate() throws {
        if !yes { throw ValidationError("resync-from-crm overwrites the ERP's values of every linked party: give --yes to confirm") }
    }

    func run() async throws {
        let report = try await global.workflow().resyncFromCRM(connection: connection, user: actor.user, now: Date())
        try SyncRunJSON.finish(report, output: output)
    }
}
