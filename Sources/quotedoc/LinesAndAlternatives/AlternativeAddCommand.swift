import ArgumentParser
import QuoteStore

/// `quotedoc alternative add`: a new, empty alternative after the others.
struct AlternativeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an empty alternative to a quote (when its sale type allows alternatives).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The new alternative's name.")
    var name: String

    func run() throws {
        let (detail, _) = try global.edit(quote: quote, ifRevision: revision.expected) { version, context in
            try version.addAlternative(named: name, allowed: context.saleType.allowsAlternatives)
        }
        try output.emitEdit(detail, "Added alternative '\(name)' to quote \(quote).", alternatives: [name])
    }
}
