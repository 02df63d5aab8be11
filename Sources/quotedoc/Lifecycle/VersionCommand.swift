import ArgumentParser

/// `quotedoc version`: the versions of a quote.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Make a new version of a sent quote.",
        subcommands: [VersionNewCommand.self])
}
