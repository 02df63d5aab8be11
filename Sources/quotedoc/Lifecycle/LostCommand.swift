import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc lost NUMBER --reason T`: the customer declined: the active version and the sale
/// become lost, with an activity giving the reason.
struct LostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lost",
        abstract: "Mark a quote's active version and its sale lost, recording the reason.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "Why the sale was lost.")
    var reason: String

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--reason must say why the sale was lost") }
    }

    func run() throws {
        let record = try global.workflow().markLost(quoteNumber: quote, reason: reason, acting: actor.acting)
        try output.emit(record) { ActivityText.describe(record) }
    }
}
