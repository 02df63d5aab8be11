import ArgumentParser

/// `quotedoc fields`: the field configuration (Settings → Configure product).
struct FieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "Show and change how product and quote-line fields are shown, labelled, ordered, mandatory or read-only.",
        discussion: """
            A hidden field is left out of `quote show` and merges as blank in every document, so one \
            switch hides cost or stock from every template. A mandatory field must be given to \
            `product add`; a read-only field cannot be changed by `line set`.
            """,
        subcommands: [FieldsListCommand.self, FieldsSetCommand.self])
}
