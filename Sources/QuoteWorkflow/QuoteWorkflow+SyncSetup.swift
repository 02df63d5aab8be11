import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// The sync configuration of connection `name`; its connector must have the sync capability.
    public func syncSetup(connection name: String) throws -> SyncSetup {
        try storage.snapshot { store in try syncSetup(store, connection: Self.connection(store, named: name)) }
    }

    /// Switches the sync of connection `name` on, after checking its mappings and defaults:
    /// refused with every problem at once.
    public func activateSync(connection name: String) throws -> SyncSetup {
        try storage.transaction { store in
            var setup = try syncSetup(store, connection: Self.connection(store, named: name))
            try setup.configuration.validate(fields: setup.fields, connection: name)
            guard !setup.connection.sync.isActive else { throw QuoteError(.invalid, "the sync of connection '\(name)' is active already", value: name) }
            if setup.mappingsAreDefaults, let id = setup.connection.id { try store.save(setup.configuration.mappings, connectionId: id) }
            setup.connection.sync.isActive = true
            setup.mappingsAreDefaults = false
            try store.update(setup.connection)
            return setup
        }
    }

    /// Switches the sync of connection `name` off: runs stop, mappings may change.
    public func deactivateSync(connection name: String) throws -> SyncSetup {
        try storage.transaction { store in
            var setup = try syncSetup(store, connection: Self.connection(store, named: name))
            guard setup.connection.sync.isActive else { throw QuoteError(.invalid, "the sync of connection '\(name)' is not active", value: name) }
            setup.connection.sync.isActive = false
            try store.update(setup.connection)
            return setup
        }
    }

    /// Maps company field `crmField` to the ERP's `erpField` with `direction` (replacing the
    /// mapping of `erpField`); only while the sync is inactive.
    public func setFieldMapping(connection name: String, crmField: CompanyField, erpField: String, direction: SyncDirection) throws -> SyncSetup {
        try changeInactive(name) { setup in
            guard setup.fields.contains(where: { $0.key == erpField }) else {
                throw QuoteError(.notFound, "'\(erpField)' is not a field of the ERP's party; its fields: \(setup.fields.map(\.key).joined(separator: ", "))", value: erpField)
            }
            let mapping = FieldMapping(crmField: crmField, erpField: erpField, direction: direction)
            if let index = setup.configuration.mappings.firstIndex(where: { $0.erpField == erpField }) {
                setup.configuration.mappings[index] = mapping
            } else {
                setup.configuration.mappings.append(mapping)
            }
        }
    }

    /// Sets (`CRMVALUE=ERPVALUE`) and removes (by quotedoc value) list mappings of `list`; a
    /// duplicate is refused. Only while the sync is inactive.
    public func setListMappings(connection name: String, list: SyncListName, set: [(crm: String, erp: String)], remove: [String]) throws -> SyncSetup {
        try changeInactive(name) { setup in
            var mappings = setup.configuration.listMappings.filter { $0.list == list }
            for value in remove { mappings = try ListMapping.removing(value, list: list, from: mappings) }
            for (crm, erp) in set {
                mappings = try ListMapping.adding(ListMapping(list: list, crmValue: crm.trimmingCharacters(in: .whitespaces), erpValue: erp.trimmingCharacters(in: .whitespaces)), to: mappings)
            }
            setup.configuration.listMappings = setup.configuration.listMappings.filter { $0.list != list } + mappings
        }
    }

    /// Sets default values (`FIELD=VALUE`), makes fields mandatory, or clears their rule, for
    /// parties made in the ERP. Only while the sync is inactive.
    public func setSyncDefaults(connection name: String, values: [(field: String, value: String)], mandatory: [String], clear: [String]) throws -> SyncSetup {
        try changeInactive(name) { setup in
            var defaults = setup.configuration.defaults
            let known = Set(setup.fields.map(\.key))
            let rules = values.map { SyncDefault(erpField: $0.field, rule: .value($0.value)) } + mandatory.map { SyncDefault(erpField: $0, rule: .mandatory) }
            for field in clear + rules.map(\.erpField) where !known.contains(field) {
                throw QuoteError(.notFound, "'\(field)' is not a field of the ERP's party; its fields: \(setup.fields.map(\.key).sorted().joined(separator: ", "))", value: field)
            }
            defaults.removeAll { rule in clear.contains(rule.erpField) || rules.contains { $0.erpField == rule.erpField } }
            setup.configuration.defaults = defaults + rules
        }
    }

    /// Changes how connection `name` takes part in sync: its priority, the side that wins a
    /// conflict, and whether orders make missing parties.
    public func setSyncSettings(connection name: String, priority: Int?, winner: SyncSide?, pushOnOrder: Bool?) throws -> ERPConnection {
        try storage.transaction { store in
            var connection = try Self.connection(store, named: name)
            _ = try syncFields(of: connection)
            if let priority {
                guard priority >= 1 else { throw QuoteError(.invalid, "a sync priority is a whole number from 1 (first): \(priority) is not", value: String(priority)) }
                connection.sync.priority = priority
            }
            if let winner { connection.sync.conflictWinner = winner }
            if let pushOnOrder { connection.sync.pushOnOrder = pushOnOrder }
            try store.update(connection)
            return connection
        }
    }

    /// The ERP's values of `list` mapped to quotedoc's, and the values companies use that map
    /// to none (reported by name).
    public func syncListMap(connection name: String, list: SyncListName) async throws -> (map: SyncListMap, unmapped: [String]) {
        let setup = try syncSetup(connection: name)
        let map = try await listMap(list, setup: setup, connector: try connector(for: setup.connection))
        let used = try storage.snapshot { store in try store.companies() }.map { $0.address.country }
        let unmapped = Set(used.filter { map.erpValue(forCRM: $0) == nil }).sorted()
        return (map, unmapped)
    }

    // MARK: Shared steps

    func syncSetup(_ store: any StorageReader, connection: ERPConnection) throws -> SyncSetup {
        let fields = try syncFields(of: connection)
        let id = connection.id ?? 0
        let saved = try store.fieldMappings(connectionId: id)
        return SyncSetup(
            connection: connection, fields: fields,
            configuration: SyncConfiguration(
                mappings: saved.isEmpty ? FieldMapping.defaults(for: fields) : saved,
                listMappings: try store.listMappings(connectionId: id), defaults: try store.syncDefaults(connectionId: id)),
            mappingsAreDefaults: saved.isEmpty)
    }

    /// The party fields of `connection`'s connector; refused when it cannot sync.
    func syncFields(of connection: ERPConnection) throws -> [ERPField] {
        let descriptor = try connectors.connector(named: connection.connectorName).descriptor
        guard descriptor.can(.syncParties) else {
            throw QuoteError(.notApplicable, "connection '\(connection.name)' cannot sync customers: its \(descriptor.displayName) connector has no sync capability", value: connection.name)
        }
        return descriptor.partyFields
    }

    /// The map of `list` for `setup`'s connection, its ERP asked for its values through `connector`.
    func listMap(_ list: SyncListName, setup: SyncSetup, connector: any QuoteConnector) async throws -> SyncListMap {
        let items = try await Self.callingERP(setup.connection) { try await connector.syncList(list) }
        return SyncListMap(list: list, erpValues: items.map { ($0.key, $0.name) }, explicit: setup.configuration.listMappings)
    }

    /// The map of every list `setup`'s active mappings use, its ERP asked through `connector`.
    func listMaps(setup: SyncSetup, connector: any QuoteConnector) async throws -> [SyncListName: SyncListMap] {
        var lists: [SyncListName: SyncListMap] = [:]
        for list in Set(setup.configuration.activeMappings.compactMap(\.crmField.list)) {
            lists[list] = try await listMap(list, setup: setup, connector: connector)
        }
        return lists
    }

    /// Changes the configuration of connection `name` with `change` and saves it, refused while
    /// its sync is active.
    private func changeInactive(_ name: String, _ change: (inout SyncSetup) throws -> Void) throws -> SyncSetup {
        try storage.transaction { store in
            var setup = try syncSetup(store, connection: Self.connection(store, named: name))
            guard !setup.connection.sync.isActive else {
                throw QuoteError(.notAllowed, "the sync of connection '\(name)' is active: its mappings change only while it is off", value: name, remedy: .deactivateSync(name))
            }
            let before = setup.configuration
            try change(&setup)
            let id = setup.connection.id ?? 0
            if setup.configuration.mappings != before.mappings || setup.mappingsAreDefaults {
                try store.save(setup.configuration.mappings, connectionId: id)
                setup.mappingsAreDefaults = false
            }
            if setup.configuration.listMappings != before.listMappings { try store.save(setup.configuration.listMappings, connectionId: id) }
            if setup.configuration.defaults != before.defaults { try store.save(setup.configuration.defaults, connectionId: id) }
            return setup
        }
    }
}
