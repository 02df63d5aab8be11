import ArgumentParser
import QuoteWorkflow

/// `quotedoc sync mapping list CONNECTION [--json]`.
struct SyncMappingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a connection's field mappings, defaults and list mappings set.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The connection's name.") var connection: String

    func run() throws {
        let setup = try global.workflow().syncSetup(connection: connection)
        try output.emit(SyncSetupJSON(setup)) { SyncSetupJSON.text(setup) }
    }
}
