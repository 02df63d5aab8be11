import ArgumentParser
import QuoteStore

/// `quotedoc alternative rename`: gives an alternative a new name.
struct AlternativeRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename an alternative of a quote.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The alternative's current name.")
    var name: String

    @Option(name: .customLong("to"), help: ArgumentHelp("The new name.", valueName: "new-name"))
    var newName: String

    func run() throws {
        let (detail, _) = try global.edit(quote: quote, ifRevision: revision.expected) { version, _ in
            try version.renameAlternative(version.alternativeIndex(named: name), to: newName)
        }
        try output.emitEdit(detail, "Renamed alternative '\(name)' to '\(newName)' on quote \(quote).", alternatives: [newName])
    }
}
