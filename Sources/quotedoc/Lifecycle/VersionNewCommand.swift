import ArgumentParser
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc version new NUMBER [--from VERSION]`: copies a sent (or archived or lost) version into
/// version n+1, a draft; every other version becomes archived.
struct VersionNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Copy a sent version into a new draft version (the others are archived).",
        discussion: "A sent version is frozen; to change what was sent, make a new version, edit it and send it.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(name: .customLong("from"), help: ArgumentHelp("The version to copy (default: the active one).", valueName: "version"))
    var from: Int?

    func validate() throws {
        if let from, from < 1 { throw ValidationError("--from is a version number, from 1") }
    }

    func run() throws {
        let workflow = try global.workflow()
        let source = try from ?? workflow.quote(number: quote).version.version.rank
        let detail = try workflow.newVersion(quoteNumber: quote, from: from, acting: actor.acting)
        try output.emit(QuoteJSON(detail)) {
            let version = detail.version.version
            var lines = ["Quote \(quote): version \(version.rank) created from version \(source), \(version.state.rawValue)"]
            if !version.reason.isEmpty {
                lines.append(contentsOf: version.reason.split(separator: "\n").map { "  \($0)" })
            }
            let others = detail.versions.filter { $0.rank != version.rank }.map { "\($0.rank) \($0.state.rawValue)" }
            if !others.isEmpty { lines.append("Other versions: \(others.joined(separator: ", "))") }
            return lines.joined(separator: "\n")
        }
    }
}
