import ArgumentParser

/// `quotedoc db`: the database itself, on either store.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create or upgrade the database's schema, and show its state.",
        subcommands: [DbMigrateCommand.self, DbStatusCommand.self])
}
