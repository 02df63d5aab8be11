import ArgumentParser
import QuoteStore

/// `quotedoc quote recalc`: reprices and revalidates the active version, changing nothing else.
struct QuoteRecalcCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recalc",
        abstract: "Reprice and revalidate a quote's active version (a draft) as of today.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    func run() async throws {
        let detail = try await global.workflow().recalculate(quoteNumber: quote, acting: ActorOptions.acting(user: ActorOptions.environmentUser))
        try output.emitEdit(
            detail, "Recalculated version \(detail.version.version.rank) of quote \(quote).",
            alternatives: detail.version.alternatives.map(\.alternative.name))
    }
}
