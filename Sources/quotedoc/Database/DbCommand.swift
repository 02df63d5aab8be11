import ArgumentParser

/// `quotedoc db`: the database itself, on either store.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create or upgrade the database's schema, show its state, set up a team's roles.",
        subcommands: [DbMigrateCommand.self, DbStatusCommand.self, DbRolesCommand.self, DbCopyCommand.self])
}
