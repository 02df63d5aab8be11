import ArgumentParser

/// `quotedoc associate`: our users (salespeople and approvers).
struct AssociateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "associate",
        abstract: "List and add associates (salespeople, approvers).",
        subcommands: [AssociateListCommand.self, AssociateAddCommand.self])
}
