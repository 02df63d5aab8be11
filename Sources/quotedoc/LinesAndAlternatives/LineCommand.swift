import ArgumentParser

/// `quotedoc line`: the lines of a draft quote version.
struct LineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Add, change, remove and move the lines of a quote.",
        discussion: """
            Each edit works on the quote's active version, which must be a draft; it reprices and \
            validates the version and saves it in one step, or saves nothing.
            """,
        subcommands: [LineAddCommand.self, LineSetCommand.self, LineRemoveCommand.self, LineMoveCommand.self])
}
