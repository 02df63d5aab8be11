import ArgumentParser
import QuoteModel

/// `quotedoc sync log CONNECTION [--limit N] [--json]`.
struct SyncLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Show every change sync made: which way, old → new, conflicts and who ran it.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The connection's name.") var connection: String
    @Option(help: "Only the newest N entries.") var limit: Int?

    func run() throws {
        let entries = try global.workflow().syncLog(connection: connection, limit: limit)
        try output.emit(entries.map(SyncLogJSON.init)) { SyncLogJSON.text(entries) }
    }
}
