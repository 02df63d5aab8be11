import QuoteConnectors
import QuoteModel

extension TrytonConnector {
    /// The fields of a Tryton party sync maps: the party's own, its first address's, its first
    /// contact mechanism of each type, its EU VAT identifier and its language.
    enum PartyFields {
        static let all: [ERPField] = [
            ERPField("name", "Name", mandatory: true),
            ERPField("street", "Street"),
            ERPField("postal_code", "Postal code"),
            ERPField("city", "City"),
            ERPField("country", "Country", list: .country),
            ERPField("phone", "Phone"),
            ERPField("fax", "Fax"),
            ERPField("email", "E-mail"),
            ERPField("vat", "EU VAT number"),
            ERPField("lang", "Language code"),
        ]
        static let address = ["street": "street_unstructured", "postal_code": "postal_code", "city": "city"]
        static let mechanisms = ["phone", "fax", "email"]
    }

    public func parties() async throws -> [ERPParty] {
        let context = try await session.context()
        var domain: [JSONValue] = []
        if let company = context["company"]?.integer {
            let read = try await session.call("model.company.company.read", [.array([.integer(company)]), Self.names(["party"]), context])
            if let own = read.array?.first?["party"]?.integer { domain.append(Self.clause("id", "!=", .integer(own))) }
        }
        return try await readParties(domain: domain)
    }

    public func party(key: String) async throws -> ERPParty? {
        guard let id = Int64(key) else { throw QuoteError(.invalid, "'\(key)' is not a Tryton party key", value: key) }
        return try await readParties(domain: [Self.clause("id", "=", .integer(id))]).first
    }

    /// Made with `code` fixed by the caller: a party with that code (an earlier attempt's, or
    /// archived) is found and returned unchanged instead of making a second.
    public func createParty(code: String, values: [String: String]) async throws -> (party: ERPParty, wasAlreadyMade: Bool) {
        let context = try await session.context()
        let found = try await session.call("model.party.party.search", [
            .array([Self.clause("code", "=", .string(code))]), .integer(0), .integer(1), .null, context.merging(["active_test": .bool(false)]),
        ])
        if let id = found.array?.first?.integer, let party = try await readParties(domain: [Self.clause("id", "=", .integer(id))], activeOnly: false).first {
            return (party, true)
        }
        var record: [String: JSONValue] = ["code": .string(code), "name": .string(values["name"] ?? "")]
        if let lang = values["lang"], !lang.isEmpty { record["lang"] = .integer(try await language(lang)) }
        let address = try await addressValues(values)
        if !address.isEmpty { record["addresses"] = Self.creating([.object(address)]) }
        let mechanisms = PartyFields.mechanisms.compactMap { type in
            values[type].flatMap { $0.isEmpty ? nil : JSONValue.object(["type": .string(type), "value": .string($0)]) }
        }
        if !mechanisms.isEmpty { record["contact_mechanisms"] = Self.creating(mechanisms) }
        if let vat = values["vat"], !vat.isEmpty { record["identifiers"] = Self.creating([.object(["type": .string("eu_vat"), "code": .string(vat)])]) }
        let created = try await session.call("model.party.party.create", [.array([.object(record)]), context])
        guard let id = created.array?.first?.integer, let party = try await readParties(domain: [Self.clause("id", "=", .integer(id))]).first else {
            throw QuoteError(.erpUnavailable, "Tryton at \(session.server) made no party \(code)", value: code)
        }
        return (party, false)
    }

    /// Writes only the groups `values` touches: the party's name and language, its first address
    /// (made when it has none), each contact mechanism (made, changed, or removed when emptied)
    /// and its EU VAT identifier.
    public func updateParty(key: String, values: [String: String]) async throws -> ERPParty {
        guard let id = Int64(key), let current = try await rawParty(id) else {
            throw QuoteError(.erpRefused, "Tryton at \(session.server) has no party \(key) any more: it was deleted or archived in the ERP", value: key)
        }
        let context = try await session.context()
        var own: [String: JSONValue] = [:]
        if let name = values["name"] { own["name"] = .string(name) }
        if let lang = values["lang"] { own["lang"] = lang.isEmpty ? .null : .integer(try await language(lang)) }
        if !own.isEmpty { try await session.call("model.party.party.write", [.array([.integer(id)]), .object(own), context]) }

        let address = try await addressValues(values)
        if !address.isEmpty {
            if let first = current.address?["id"]?.integer {
                try await session.call("model.party.address.write", [.array([.integer(first)]), .object(address), context])
            } else {
                try await session.call("model.party.address.create", [.array([.object(address.merging(["party": .integer(id)]) { $1 })]), context])
            }
        }
        for type in PartyFields.mechanisms {
            guard let value = values[type] else { continue }
            try await replace(model: "party.contact_mechanism", existing: current.mechanisms[type], party: id, field: "value", value: value, type: type)
        }
        if let vat = values["vat"] {
            try await replace(model: "party.identifier", existing: current.vat, party: id, field: "code", value: vat, type: "eu_vat")
        }
        guard let party = try await readParties(domain: [Self.clause("id", "=", .integer(id))]).first else {
            throw QuoteError(.erpRefused, "Tryton at \(session.server) has no party \(key) any more", value: key)
        }
        return party
    }

    public func syncList(_ list: SyncListName) async throws -> [ConnectorListItem] {
        switch list {
        case .country:
            let found = try await session.call("model.country.country.search_read", [
                .array([]), .integer(0), .null, .array([.array([.string("code"), .string("ASC")])]), Self.names(["code", "name"]), try await session.context(),
            ])
            return (found.array ?? []).compactMap { country in
                guard let code = country["code"]?.string else { return nil }
                return ConnectorListItem(key: code, name: country["name"]?.string ?? "")
            }
        }
    }

    // MARK: Reading

    /// A party as Tryton stores it: the record, its first address, its first contact mechanism
    /// of each type and its EU VAT identifier (each with its id).
    private struct RawParty {
        var record: JSONValue
        var address: JSONValue?
        var mechanisms: [String: JSONValue] = [:]
        var vat: JSONValue?

        var party: ERPParty {
            var values: [String: String] = ["name": record["name"]?.string ?? "", "lang": record["lang."]?["code"]?.string ?? ""]
            for (field, column) in PartyFields.address { values[field] = address?[column]?.string ?? "" }
            values["country"] = address?["country."]?["code"]?.string ?? ""
            for type in PartyFields.mechanisms { values[type] = mechanisms[type]?["value"]?.string ?? "" }
            values["vat"] = vat?["code"]?.string ?? ""
            return ERPParty(key: String(record["id"]?.integer ?? 0), code: record["code"]?.string ?? "", values: values)
        }
    }

    private func readParties(domain: [JSONValue], activeOnly: Bool = true) async throws -> [ERPParty] {
        try await rawParties(domain: domain, activeOnly: activeOnly).map(\.party)
    }

    private func rawParty(_ id: Int64) async throws -> RawParty? {
        try await rawParties(domain: [Self.clause("id", "=", .integer(id))], activeOnly: true).first
    }

    /// The parties `domain` selects, by code, each read with its address, mechanisms and VAT
    /// identifier in four calls whatever their number.
    private func rawParties(domain: [JSONValue], activeOnly: Bool) async throws -> [RawParty] {
        let context = activeOnly ? try await session.context() : try await session.context().merging(["active_test": .bool(false)])
        let records = try await session.call("model.party.party.search_read", [
            .array(domain), .integer(0), .null, .array([.array([.string("code"), .string("ASC")])]), Self.names(["code", "name", "lang.code"]), context,
        ]).array ?? []
        let ids = JSONValue.array(records.compactMap { $0["id"]?.integer }.map { .integer($0) })
        guard !records.isEmpty else { return [] }
        func related(_ model: String, _ fields: [String], _ extra: [JSONValue] = []) async throws -> [Int64: [JSONValue]] {
            let rows = try await session.call("model.\(model).search_read", [
                .array([Self.clause("party", "in", ids)] + extra), .integer(0), .null,
                .array([.array([.string("sequence"), .string("ASC")]), .array([.string("id"), .string("ASC")])]), Self.names(fields), try await session.context(),
            ]).array ?? []
            return Dictionary(grouping: rows) { $0["party"]?.integer ?? 0 }
        }
        let addresses = try await related("party.address", ["party", "street_unstructured", "postal_code", "city", "country.code"])
        let mechanisms = try await related("party.contact_mechanism", ["party", "type", "value"], [Self.clause("type", "in", Self.names(PartyFields.mechanisms))])
        let identifiers = try await related("party.identifier", ["party", "type", "code"], [Self.clause("type", "=", .string("eu_vat"))])
        return records.map { record in
            let id = record["id"]?.integer ?? 0
            var party = RawParty(record: record, address: addresses[id]?.first, vat: identifiers[id]?.first)
            for mechanism in mechanisms[id] ?? [] {
                guard let type = mechanism["type"]?.string, party.mechanisms[type] == nil else { continue }
                party.mechanisms[type] = mechanism
            }
            return party
        }
    }

    // MARK: Writing

    /// The address columns for `values` (country as Tryton's country id); empty when `values`
    /// has no address field.
    private func addressValues(_ values: [String: String]) async throws -> [String: JSONValue] {
        var address: [String: JSONValue] = [:]
        for (field, column) in PartyFields.address { if let value = values[field] { address[column] = .string(value) } }
        if let country = values["country"] { address["country"] = country.isEmpty ? .null : .integer(try await self.country(country)) }
        return address
    }

    /// Makes, changes or (for an empty value) removes the record `existing` of `model`.
    private func replace(model: String, existing: JSONValue?, party: Int64, field: String, value: String, type: String) async throws {
        let context = try await session.context()
        switch (existing?["id"]?.integer, value.isEmpty) {
        case (let id?, true):
            try await session.call("model.\(model).delete", [.array([.integer(id)]), context])
        case (let id?, false):
            try await session.call("model.\(model).write", [.array([.integer(id)]), .object([field: .string(value)]), context])
        case (nil, false):
            try await session.call("model.\(model).create", [.array([.object(["party": .integer(party), "type": .string(type), field: .string(value)])]), context])
        case (nil, true):
            break
        }
    }

    /// The id of Tryton's country with ISO code `code`.
    private func country(_ code: String) async throws -> Int64 {
        try await id(of: "country.country", code: code, what: "country")
    }

    /// The id of Tryton's language with code `code` (`en`).
    private func language(_ code: String) async throws -> Int64 {
        try await id(of: "ir.lang", code: code, what: "language")
    }

    private func id(of model: String, code: String, what: String) async throws -> Int64 {
        let found = try await session.call("model.\(model).search", [
            .array([Self.clause("code", "=", .string(code))]), .integer(0), .integer(1), .null, try await session.context(),
        ])
        guard let id = found.array?.first?.integer else {
            throw QuoteError(.erpRefused, "Tryton at \(session.server) has no \(what) with the code '\(code)'", value: code)
        }
        return id
    }

    static func clause(_ field: String, _ operator: String, _ value: JSONValue) -> JSONValue {
        .array([.string(field), .string(`operator`), value])
    }

    static func names(_ names: [String]) -> JSONValue { .array(names.map { .string($0) }) }

    static func creating(_ records: [JSONValue]) -> JSONValue { .array([.array([.string("create"), .array(records)])]) }
}
