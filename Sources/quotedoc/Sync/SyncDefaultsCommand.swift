import ArgumentParser
import QuoteWorkflow

/// `quotedoc sync defaults CONNECTION [--set FIELD=VALUE…] [--mandatory FIELD…] [--clear FIELD…]`.
struct SyncDefaultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defaults", abstract: "Set what parties made in the ERP get in fields no mapping fills (only while sync is off).",
        discussion: "A value fills the field when the company gives none; mandatory refuses to make a party without it.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The connection's name.") var connection: String
    @Option(help: ArgumentHelp("A default value for an ERP field (lang=en); repeat as needed.", valueName: "field=value")) var set: [String] = []
    @Option(help: ArgumentHelp("An ERP field a party must have; repeat as needed.", valueName: "field")) var mandatory: [String] = []
    @Option(help: ArgumentHelp("Remove an ERP field's default; repeat as needed.", valueName: "field")) var clear: [String] = []

    func run() throws {
        let workflow = try global.workflow()
        var setup = try workflow.syncSetup(connection: connection)
        if !set.isEmpty || !mandatory.isEmpty || !clear.isEmpty {
            let values = try set.map { try keyValue($0, option: "--set") }.map { (field: $0.key, value: $0.value) }
            setup = try workflow.setSyncDefaults(connection: connection, values: values, mandatory: mandatory, clear: clear)
        }
        try output.emit(SyncSetupJSON(setup).defaults) {
            setup.configuration.defaults.isEmpty
                ? "No defaults on connection \(connection)."
                : "Defaults for parties made through \(connection):\n" + setup.configuration.defaults.map { "  \($0.erpField) = \($0.ruleText)" }.joined(separator: "\n")
        }
    }
}
