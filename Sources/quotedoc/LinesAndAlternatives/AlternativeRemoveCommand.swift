import ArgumentParser
import QuoteStore

/// `quotedoc alternative remove`: removes an alternative with its lines; a version keeps at
/// least one.
struct AlternativeRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an alternative and its lines from a quote.",
        discussion: "The last alternative cannot be removed. When the favourite goes, the first remaining alternative becomes the favourite.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The alternative to remove.")
    var name: String

    func run() throws {
        let (detail, favourite) = try global.edit(quote: quote, ifRevision: revision.expected) { version, _ in
            try version.removeAlternative(version.alternativeIndex(named: name))
            return version.favourite?.alternative.name ?? ""
        }
        try output.emitEdit(
            detail, "Removed alternative '\(name)' from quote \(quote); the favourite is '\(favourite)'.", alternatives: [favourite])
    }
}
