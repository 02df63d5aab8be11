import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore

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
        let database = try global.openDatabase()
        // The store checks this again in its transaction; checking here first gives the rule's
        // own message.
        try VersionLifecycle.checkLost(try database.quote(number: quote).version.version, quoteNumber: quote)
        let record = try database.markLost(quoteNumber: quote, reason: reason, actingUser: actor.user, now: Date())
        try output.emit(record) { ActivityText.describe(record) }
    }
}
