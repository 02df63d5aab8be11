import ArgumentParser
import QuoteModel

/// `quotedoc sync mapping set CONNECTION --entity company --crm-field F --erp-field F --direction D`.
struct SyncMappingSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Map a company field to an ERP field, with its direction (only while sync is off).",
        discussion: "The mapping of the ERP field is replaced. Directions: both, to-erp, to-crm, none (not synced).")

    /// What a mapping maps: companies (contact people stay in quotedoc; see the README).
    enum Entity: String, ExpressibleByArgument, CaseIterable { case company }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The connection's name.") var connection: String
    @Option(help: "The entity mapped.") var entity: Entity = .company
    @Option(name: .customLong("crm-field"), help: ArgumentHelp("The company field.", valueName: CompanyField.allCases.map(\.rawValue).joined(separator: "|")))
    var crmField: CompanyField
    @Option(name: .customLong("erp-field"), help: ArgumentHelp("The ERP party's field (`sync mapping list` names them).", valueName: "field"))
    var erpField: String
    @Option(help: ArgumentHelp("Which way it flows.", valueName: "both|to-erp|to-crm|none")) var direction: SyncDirection

    func run() throws {
        let setup = try global.workflow().setFieldMapping(connection: connection, crmField: crmField, erpField: erpField, direction: direction)
        print("Mapped \(crmField.rawValue) → \(erpField) (\(direction.rawValue)) on connection \(connection).")
        let problems = setup.problems
        if !problems.isEmpty { print("Before `sync activate \(connection)`:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")) }
    }
}
