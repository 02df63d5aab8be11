import ArgumentParser

/// `quotedoc connection test NAME`: reaches the ERP with the saved settings.
struct ConnectionTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Test that a connection reaches its ERP.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The connection's name.")
    var name: String

    func run() async throws {
        print("Test passed: " + (try await global.workflow().testConnection(name: name)))
    }
}
