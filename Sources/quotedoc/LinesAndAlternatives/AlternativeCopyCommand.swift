import ArgumentParser
import QuoteStore

/// `quotedoc alternative copy`: a new alternative with another's lines and discount.
struct AlternativeCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Copy an alternative of a quote, with its lines and discount, under a new name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The alternative to copy.")
    var name: String

    @Option(name: .customLong("as"), help: ArgumentHelp("The copy's name.", valueName: "new-name"))
    var newName: String

    func run() throws {
        let (detail, _) = try global.edit(quote: quote, ifRevision: revision.expected) { version, context in
            try version.copyAlternative(version.alternativeIndex(named: name), as: newName, allowed: context.saleType.allowsAlternatives)
        }
        try output.emitEdit(detail, "Copied alternative '\(name)' as '\(newName)' on quote \(quote).", alternatives: [newName])
    }
}
