import ArgumentParser
import QuoteModel

/// `quotedoc connection edit NAME [--set KEY=VALUE…] [--description T] [--sync-priority N …]`: new
/// settings are saved once the test passes; sync settings need no test.
struct ConnectionEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a connection's settings or description; saved only after its test passes.",
        discussion: """
            KEY= (nothing after =) removes a value, so the field's default applies. The sync options             apply to a connection whose connector can sync: --sync-priority ranks it among sync             connections (1 first: it writes a company field that two map), --sync-prefer names the side             that wins a conflict, --push-on-order lets pricing and `order` make a missing party.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The connection's name.")
    var name: String

    @Option(help: ArgumentHelp("A configuration value, KEY=VALUE; repeat for each field.", valueName: "key=value"))
    var set: [String] = []

    @Option(help: ArgumentHelp("What the connection is for.", valueName: "text"))
    var description: String?

    @Option(help: ArgumentHelp("Its rank among sync connections (1 first).", valueName: "n")) var syncPriority: Int?
    @Option(help: ArgumentHelp("The side that wins a sync conflict.", valueName: "crm|erp")) var syncPrefer: SyncSide?
    @Option(help: ArgumentHelp("Whether pricing or ordering for an unlinked customer makes its party first.", valueName: "on|off")) var pushOnOrder: OnOff?

    private var changesSync: Bool { syncPriority != nil || syncPrefer != nil || pushOnOrder != nil }

    func validate() throws {
        if set.isEmpty && description == nil && !changesSync {
            throw ValidationError("give --set KEY=VALUE, --description or a sync option to change")
        }
    }

    func run() async throws {
        let workflow = try global.workflow()
        if changesSync { _ = try workflow.setSyncSettings(connection: name, priority: syncPriority, winner: syncPrefer, pushOnOrder: pushOnOrder?.isOn) }
        guard !set.isEmpty || description != nil else {
            let view = try workflow.connection(named: name)
            try output.emit(ConnectionJSON(view)) { "Saved connection \(view.connection.name).\n\n" + ConnectionJSON.text(view) }
            return
        }
        let (view, test) = try await workflow.editConnection(name: name, description: description, assignments: set)
        try output.emit(ConnectionJSON(view)) { "Test passed: \(test)\nSaved connection \(view.connection.name).\n\n" + ConnectionJSON.text(view) }
    }
}
