import ArgumentParser
import QuoteModel

/// Which line a line command works on: a quote, a line rank, and the alternative (the favourite
/// when none is named).
struct LineSelection: ParsableArguments {
    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: ArgumentHelp("The line's number in its alternative (1 is first).", valueName: "line-rank"))
    var rank: Int

    @Option(help: ArgumentHelp("The alternative (default: the favourite).", valueName: "name"))
    var alternative: String?

    func validate() throws {
        if rank < 1 { throw ValidationError("<line-rank> must be 1 or more") }
    }

    /// The indexes of the alternative and of the line in `version`.
    func indexes(in version: VersionWithAlternatives) throws(QuoteError) -> (alternative: Int, line: Int) {
        let alternativeIndex = try version.alternativeIndex(alternative)
        return (alternativeIndex, try version.lineIndex(rank: rank, in: alternativeIndex))
    }
}
