import ArgumentParser

/// `quotedoc templates`: for template designers.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Check templates and list the fields they can use.",
        subcommands: [TemplatesCheckCommand.self, TemplatesFieldsCommand.self])
}
