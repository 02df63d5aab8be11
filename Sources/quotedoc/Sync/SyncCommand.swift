import ArgumentParser

/// `quotedoc sync`: customers kept in step with an ERP's parties.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Keep customer companies in step with the ERP's parties.",
        discussion: """
            A connection whose connector can sync (`quotedoc connector list`: sync-parties) links \
            each company to one party. Set its mappings while it is inactive, then activate it; \
            `import` links and adds the ERP's parties, `run` copies what changed on either side \
            (a conflict goes to the connection's winner, the other value into `sync log`), `push` \
            makes a company's party. Run it on a schedule with cron or a systemd timer (README).
            """,
        subcommands: [
            SyncActivateCommand.self, SyncDeactivateCommand.self, SyncMappingCommand.self, SyncListsCommand.self, SyncDefaultsCommand.self,
            SyncImportCommand.self, SyncRunCommand.self, SyncPushCommand.self, SyncResyncCommand.self, SyncLogCommand.self,
        ])
}
