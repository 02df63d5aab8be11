import QuoteModel
import QuoteWorkflow

/// A sync connection's configuration as `sync mapping list` prints it.
struct SyncSetupJSON: Encodable {
    struct Mapping: Encodable {
        let entity = "company"
        let crmField: String
        let erpField: String
        let direction: String
    }

    struct Default: Encodable {
        let erpField: String
        let value: String?
        let mandatory: Bool
    }

    let connection: String
    let active: Bool
    let priority: Int
    let conflictWinner: String
    let pushOnOrder: Bool
    let mappingsAreDefaults: Bool
    let mappings: [Mapping]
    let erpFields: [String]
    let listMappings: [ListMapping]
    let defaults: [Default]
    let problems: [String]

    init(_ setup: SyncSetup) {
        connection = setup.connection.name
        active = setup.connection.sync.isActive
        priority = setup.connection.sync.priority
        conflictWinner = setup.connection.sync.conflictWinner.rawValue
        pushOnOrder = setup.connection.sync.pushOnOrder
        mappingsAreDefaults = setup.mappingsAreDefaults
        mappings = setup.configuration.mappings.map { Mapping(crmField: $0.crmField.rawValue, erpField: $0.erpField, direction: $0.direction.rawValue) }
        erpFields = setup.fields.map(\.key)
        listMappings = setup.configuration.listMappings
        defaults = setup.configuration.defaults.map { rule in
            switch rule.rule {
            case .value(let value): Default(erpField: rule.erpField, value: value, mandatory: false)
            case .mandatory: Default(erpField: rule.erpField, value: nil, mandatory: true)
            }
        }
        problems = setup.problems
    }

    static func text(_ setup: SyncSetup) -> String {
        let sync = setup.connection.sync
        var text = "Sync of connection \(setup.connection.name): \(sync.isActive ? "active" : "off"), priority \(sync.priority), "
            + "conflicts won by \(sync.conflictWinner.label), orders \(sync.pushOnOrder ? "push" : "do not push") missing parties\n\n"
        var table = TextTable([.left("Company field"), .left("ERP field"), .left("Direction"), .left("ERP field is")])
        let fields = Dictionary(setup.fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for mapping in setup.configuration.mappings {
            let field = fields[mapping.erpField]
            table.append([
                mapping.crmField.rawValue, mapping.erpField, mapping.direction.rawValue,
                field.map { [$0.label, $0.isMandatory ? "mandatory" : ""].filter { !$0.isEmpty }.joined(separator: ", ") } ?? "unknown",
            ])
        }
        text += "Field mappings" + (setup.mappingsAreDefaults ? " (the defaults)" : "") + "\n" + table.rendered(indent: "  ")
        let unmapped = setup.fields.map(\.key).filter { key in !setup.configuration.mappings.contains { $0.erpField == key } }
        if !unmapped.isEmpty { text += "\n  Not mapped: " + unmapped.joined(separator: ", ") }
        if !setup.configuration.listMappings.isEmpty {
            text += "\n\nList mappings set\n" + setup.configuration.listMappings.map { "  \($0.list.rawValue): \($0.crmValue) = \($0.erpValue)" }.joined(separator: "\n")
        }
        if !setup.configuration.defaults.isEmpty {
            text += "\n\nDefaults for parties made in the ERP\n" + setup.configuration.defaults.map { "  \($0.erpField) = \($0.ruleText)" }.joined(separator: "\n")
        }
        if !setup.problems.isEmpty { text += "\n\nProblems (activation is refused until fixed)\n" + setup.problems.map { "  - \($0)" }.joined(separator: "\n") }
        return text
    }
}
