import ArgumentParser
import QuoteStore

/// `quotedoc line move`: moves a line to another position in its alternative.
struct LineMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move a line of a quote to another position; the lines between are renumbered.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var selection: LineSelection

    @Option(name: .customLong("to"), help: ArgumentHelp("The new position (1 is first).", valueName: "new-rank"))
    var newRank: Int

    func validate() throws {
        if newRank < 1 { throw ValidationError("--to must be 1 or more") }
    }

    func run() throws {
        let (detail, moved) = try global.edit(quote: selection.quote, ifRevision: revision.expected) { version, _ in
            let (alternative, index) = try selection.indexes(in: version)
            let label = version.alternatives[alternative].lines[index].label
            try version.moveLine(rank: selection.rank, to: newRank, in: alternative)
            return (alternative: version.alternatives[alternative].alternative.name, line: label)
        }
        try output.emitEdit(
            detail, "Moved line \(selection.rank) (\(moved.line)) to position \(newRank) in alternative '\(moved.alternative)' of quote \(selection.quote).",
            alternatives: [moved.alternative])
    }
}
