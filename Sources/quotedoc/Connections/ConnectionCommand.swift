import ArgumentParser

/// `quotedoc connection`: the ERP connections quotes are made on.
struct ConnectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connection",
        abstract: "Add, test, show, edit, remove and restore ERP connections.",
        discussion: """
            A connection is one use of a connector (`quotedoc connector list`) with its settings. \
            It is saved only after its test reaches the ERP. Secrets are never shown: `show` prints \
            ••••, and a secret may be read from the environment instead (--set password-env=VARIABLE).
            """,
        subcommands: [
            ConnectionListCommand.self, ConnectionShowCommand.self, ConnectionAddCommand.self, ConnectionEditCommand.self,
            ConnectionTestCommand.self, ConnectionRemoveCommand.self, ConnectionRestoreCommand.self,
        ])
}
