import ArgumentParser

/// `quotedoc sync deactivate CONNECTION`: switches sync off so its mappings can change.
struct SyncDeactivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deactivate", abstract: "Switch a connection's sync off (its mappings may then change).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The connection's name.") var connection: String

    func run() throws {
        _ = try global.workflow().deactivateSync(connection: connection)
        print("Sync of connection \(connection) is off: runs stop until `quotedoc sync activate \(connection)`.")
    }
}
