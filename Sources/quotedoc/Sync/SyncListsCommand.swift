import ArgumentParser
import QuoteModel
import QuoteWorkflow

/// `quotedoc sync lists CONNECTION --list country [--set NAME=CODE…] [--remove NAME…] [--json]`.
struct SyncListsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists", abstract: "Show and set how a list's values map one to one to the ERP's.",
        discussion: """
            Each of the ERP's values maps to the value set for it, else to the ERP's own name for it \
            (ISO 3166 names for countries). A value companies use that maps to nothing is listed by \
            name: it is never guessed. Setting changes only while sync is off; a duplicate is refused.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The connection's name.") var connection: String
    @Option(help: "The list.") var list: SyncListName = .country
    @Option(help: ArgumentHelp("Map a quotedoc value to the ERP's value (Deutschland=DE); repeat as needed.", valueName: "value=erpvalue"))
    var set: [String] = []
    @Option(help: ArgumentHelp("Remove the mapping set for a quotedoc value; repeat as needed.", valueName: "value")) var remove: [String] = []

    func run() async throws {
        let workflow = try global.workflow()
        if !set.isEmpty || !remove.isEmpty {
            let pairs = try set.map { try keyValue($0, option: "--set") }.map { (crm: $0.key, erp: $0.value) }
            _ = try workflow.setListMappings(connection: connection, list: list, set: pairs, remove: remove)
        }
        let (map, unmapped) = try await workflow.syncListMap(connection: connection, list: list)
        try output.emit(SyncListJSON(map: map, unmapped: unmapped)) { SyncListJSON.text(map: map, unmapped: unmapped) }
    }
}
