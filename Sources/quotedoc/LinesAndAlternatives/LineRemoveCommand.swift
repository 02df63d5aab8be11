import ArgumentParser
import QuoteStore

/// `quotedoc line remove`: removes a line; the lines after it move up one place.
struct LineRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a line from a quote; the lines after it are renumbered.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var selection: LineSelection

    func run() throws {
        let (detail, removed) = try global.edit(quote: selection.quote, ifRevision: revision.expected) { version, _ in
            let (alternative, index) = try selection.indexes(in: version)
            let label = version.alternatives[alternative].lines[index].label
            try version.removeLine(rank: selection.rank, from: alternative)
            return (alternative: version.alternatives[alternative].alternative.name, line: label)
        }
        try output.emitEdit(
            detail, "Removed line \(selection.rank) (\(removed.line)) from alternative '\(removed.alternative)' of quote \(selection.quote).",
            alternatives: [removed.alternative])
    }
}
