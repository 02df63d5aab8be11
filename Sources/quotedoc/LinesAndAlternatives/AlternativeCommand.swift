import ArgumentParser

/// `quotedoc alternative`: the alternatives of a draft quote version.
struct AlternativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alternative",
        abstract: "Add, copy, rename, remove and discount the alternatives of a quote, and pick the favourite.",
        discussion: """
            Each edit works on the quote's active version, which must be a draft; it reprices and \
            validates the version and saves it in one step, or saves nothing. Alternatives are named \
            exactly (case matters).
            """,
        subcommands: [
            AlternativeAddCommand.self, AlternativeCopyCommand.self, AlternativeRenameCommand.self,
            AlternativeRemoveCommand.self, AlternativeFavouriteCommand.self, AlternativeDiscountCommand.self,
        ])
}
