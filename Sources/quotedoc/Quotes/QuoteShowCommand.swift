import ArgumentParser
import QuoteStore

/// `quotedoc quote show NUMBER`: a quote's header, alternatives, totals and lines.
struct QuoteShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a quote: one version with its alternatives, totals and lines.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var number: String

    @Option(name: .customLong("rev"), help: ArgumentHelp("The version to show (default: the active one).", valueName: "rank"))
    var rank: Int?

    func validate() throws {
        if let rank, rank < 1 { throw ValidationError("--rev must be 1 or more") }
    }

    func run() throws {
        let detail = try global.openDatabase().quote(number: number, rank: rank)
        try output.emit(QuoteJSON(detail)) { try QuoteRenderer.render(detail) }
    }
}
