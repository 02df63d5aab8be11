import ArgumentParser

/// `quotedoc sync activate CONNECTION`: checks the mappings and switches sync on.
struct SyncActivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activate", abstract: "Check a connection's sync mappings and switch its sync on.",
        discussion: "Refused, with every reason at once, while a mandatory ERP field has no direction, a field is mapped twice or a field is unknown.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The connection's name.") var connection: String

    func run() throws {
        let setup = try global.workflow().activateSync(connection: connection)
        print("Sync of connection \(connection) is active: \(setup.configuration.activeMappings.count) fields mapped.")
    }
}
