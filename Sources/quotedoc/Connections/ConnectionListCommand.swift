import ArgumentParser
import QuoteWorkflow

/// `quotedoc connection list`: the connections, by name.
struct ConnectionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the ERP connections.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Include removed connections.")
    var removed = false

    func run() throws {
        let views = try global.workflow().connections(includingDeleted: removed)
        try output.emit(views.map(ConnectionJSON.init)) {
            var table = TextTable([.left("Name"), .left("Connector"), .left("Removed"), .left("Description")])
            for view in views {
                table.append([view.connection.name, view.connection.connectorName, yes(view.connection.isDeleted), view.connection.description])
            }
            return table.rendered()
        }
    }
}
