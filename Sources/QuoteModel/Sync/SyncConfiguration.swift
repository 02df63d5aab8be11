/// What a sync connection syncs: its field mappings, list mappings and defaults for parties
/// made in the ERP.
public struct SyncConfiguration: Sendable, Hashable, Codable {
    public var mappings: [FieldMapping]
    public var listMappings: [ListMapping]
    public var defaults: [SyncDefault]

    public init(mappings: [FieldMapping], listMappings: [ListMapping] = [], defaults: [SyncDefault] = []) {
        self.mappings = mappings
        self.listMappings = listMappings
        self.defaults = defaults
    }

    /// The mappings that sync something (direction other than none).
    public var activeMappings: [FieldMapping] { mappings.filter { $0.direction != .none } }

    /// Every reason the configuration cannot be used against an ERP with `fields`, in one list:
    /// an unknown field, a company field mapped twice, a list field mapped to a plain one, a
    /// mandatory ERP field nothing fills.
    public func problems(fields: [ERPField]) -> [String] {
        let byKey = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for mapping in mappings where byKey[mapping.erpField] == nil {
            problems.append("'\(mapping.erpField)' is not a field of the ERP's party (mapped from \(mapping.crmField.rawValue)); its fields: \(fields.map(\.key).joined(separator: ", "))")
        }
        for field in CompanyField.allCases {
            let targets = activeMappings.filter { $0.crmField == field }.map(\.erpField)
            if targets.count > 1 { problems.append("\(field.rawValue) is mapped twice: to \(targets.joined(separator: " and ")); set all but one to direction none") }
        }
        for mapping in activeMappings {
            guard let field = byKey[mapping.erpField], field.list != mapping.crmField.list else { continue }
            let list = field.list ?? mapping.crmField.list!
            problems.append("\(mapping.crmField.rawValue) and \(mapping.erpField) are not both values of the \(list.rawValue) list; map \(list.rawValue) to \(list.rawValue)")
        }
        for rule in defaults where byKey[rule.erpField] == nil {
            problems.append("the default for '\(rule.erpField)' names no field of the ERP's party")
        }
        let filled = Set(activeMappings.filter { $0.direction.writesERP }.map(\.erpField))
        for field in fields where isMandatory(field) && !filled.contains(field.key) && fixedDefault(field.key) == nil {
            problems.append("the ERP's \(field.label.lowercased()) (\(field.key)) is mandatory but has no direction: map it both or to-erp, or give it a default value")
        }
        return problems
    }

    /// Refuses, naming every problem at once, a configuration that cannot be used.
    public func validate(fields: [ERPField], connection: String) throws(QuoteError) {
        let problems = problems(fields: fields)
        guard problems.isEmpty else {
            throw QuoteError(.invalid, "the sync of connection '\(connection)' cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"), value: connection)
        }
    }

    /// True when the ERP refuses a party without `field`, or a default makes it mandatory.
    public func isMandatory(_ field: ERPField) -> Bool {
        field.isMandatory || defaults.contains { $0.erpField == field.key && $0.rule == .mandatory }
    }

    /// The fixed default of `erpField`, if it has one.
    public func fixedDefault(_ erpField: String) -> String? {
        for rule in defaults where rule.erpField == erpField {
            if case .value(let value) = rule.rule { return value }
        }
        return nil
    }
}
