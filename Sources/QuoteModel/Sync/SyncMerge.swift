import Foundation

/// The merge rules of sync, on their own: given a company, its party and the base of the last
/// sync, what each mapped field becomes on each side.
///
/// - A field changed on one side since the base is copied to the other, as its direction allows.
/// - Changed on both sides (to different values) is a conflict: the connection's winner keeps
///   its value (on a one-way field, the side it flows from), the other value is kept in the
///   outcome to be logged.
/// - On the first sync after linking, a field filled on one side and empty on the other is filled
///   (an empty value never blanks a filled one); filled on both and different is a conflict.
/// - A field changed on neither side is not written.
/// - A list value with no mapping is reported and nothing is written for it.
public struct SyncMerge: Sendable {
    public var mappings: [FieldMapping]
    public var lists: [SyncListName: SyncListMap]
    /// The side that wins a conflict on a two-way field.
    public var winner: SyncSide
    /// Company fields a sync connection of higher priority writes: this one does not.
    public var writtenElsewhere: Set<CompanyField>

    public init(mappings: [FieldMapping], lists: [SyncListName: SyncListMap], winner: SyncSide, writtenElsewhere: Set<CompanyField> = []) {
        self.mappings = mappings.filter { $0.direction != .none }
        self.lists = lists
        self.winner = winner
        self.writtenElsewhere = writtenElsewhere
    }

    /// The plan for `company` linked to `party` with `link`'s base.
    public func plan(company: Company, party: ERPParty, link: PartyLink) -> SyncPlan {
        SyncPlan(outcomes: mappings.map { mapping in
            outcome(mapping, company: company, party: party, base: link.isFirstSync ? nil : link.base[mapping.erpField])
        })
    }

    /// The plan that writes every field that flows to the ERP from quotedoc, bases ignored
    /// (resync from the CRM).
    public func resyncFromCRM(company: Company, party: ERPParty) -> SyncPlan {
        SyncPlan(outcomes: mappings.map { mapping in
            var values = Values(mapping, company: company, party: party, lists: lists)
            guard mapping.direction.writesERP, !values.agree else { return values.outcome(.inStep) }
            return values.copyToERP()
        })
    }

    /// The base of `company` and `party` as they are now: what a run compares with after a push
    /// or an import made one side from the other.
    public func base(company: Company, party: ERPParty) -> [String: SyncBaseValue] {
        Dictionary(
            mappings.map { ($0.erpField, SyncBaseValue(crm: Self.trimmed($0.crmField.value(in: company)), erp: Self.trimmed(party[$0.erpField]))) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The ERP fields whose value differs from the company's (through the lists' mappings).
    public func differing(company: Company, party: ERPParty) -> Set<String> {
        Set(mappings.filter { !Values($0, company: company, party: party, lists: lists).agree }.map(\.erpField))
    }

    /// The ERP's values for a new party made from `company`: its mapped fields that flow to the
    /// ERP, then each default value for a field still empty. Refused, naming every reason, when a
    /// list value has no mapping or a mandatory field stays empty.
    public func partyValues(for company: Company, configuration: SyncConfiguration, fields: [ERPField]) throws(QuoteError) -> [String: String] {
        var values: [String: String] = [:]
        var problems: [String] = []
        for mapping in mappings where mapping.direction.writesERP {
            let crm = Self.trimmed(mapping.crmField.value(in: company))
            guard let list = mapping.crmField.list, let map = lists[list] else { values[mapping.erpField] = crm; continue }
            if let erp = map.erpValue(forCRM: crm) { values[mapping.erpField] = erp } else { problems.append(Self.unmappedCRM(crm, list)) }
        }
        for rule in configuration.defaults {
            if case .value(let value) = rule.rule, values[rule.erpField, default: ""].isEmpty { values[rule.erpField] = value }
        }
        for field in fields where configuration.isMandatory(field) && values[field.key, default: ""].isEmpty {
            problems.append("the ERP's \(field.label.lowercased()) (\(field.key)) is mandatory and company \(company.code) has none")
        }
        guard problems.isEmpty else {
            throw QuoteError(.invalid, "company \(company.code) cannot be made a party in the ERP: " + problems.joined(separator: "; "), value: company.code)
        }
        return values.filter { !$0.value.isEmpty }
    }

    /// The company fields a new company made from `party` gets from its mapped fields that flow
    /// to quotedoc, and the reasons for the ones left empty.
    public func companyValues(from party: ERPParty) -> (values: [(CompanyField, String)], problems: [String]) {
        var values: [(CompanyField, String)] = []
        var problems: [String] = []
        for mapping in mappings where mapping.direction.writesCRM && !writtenElsewhere.contains(mapping.crmField) {
            let erp = Self.trimmed(party[mapping.erpField])
            guard let list = mapping.crmField.list, let map = lists[list] else { values.append((mapping.crmField, erp)); continue }
            if let crm = map.crmValue(forERP: erp) { values.append((mapping.crmField, crm)) } else { problems.append(Self.unmappedERP(erp, list)) }
        }
        return (values, problems)
    }

    private func outcome(_ mapping: FieldMapping, company: Company, party: ERPParty, base: SyncBaseValue?) -> FieldOutcome {
        var values = Values(mapping, company: company, party: party, lists: lists)
        if values.agree { return values.outcome(.inStep) }
        let writesCRM = mapping.direction.writesCRM && !writtenElsewhere.contains(mapping.crmField)
        let writesERP = mapping.direction.writesERP
        guard let base else {
            // First sync: fill the empty side; both filled and different is a conflict.
            if values.crm.isEmpty { return writesCRM ? values.copyToCRM() : values.outcome(.inStep) }
            if values.erp.isEmpty { return writesERP ? values.copyToERP() : values.outcome(.inStep) }
            return conflict(&values, mapping: mapping, writesCRM: writesCRM)
        }
        let crmChanged = values.crm != base.crm
        let erpChanged = values.erp != base.erp
        switch (crmChanged, erpChanged) {
        case (true, false): return writesERP ? values.copyToERP() : values.outcome(.inStep)
        case (false, true): return writesCRM ? values.copyToCRM() : values.outcome(.inStep)
        case (true, true): return conflict(&values, mapping: mapping, writesCRM: writesCRM)
        case (false, false): return values.outcome(.inStep)
        }
    }

    /// Both sides filled and different: the winner's value goes to the other side. The winner is
    /// the connection's on a two-way field, the source side on a one-way field.
    private func conflict(_ values: inout Values, mapping: FieldMapping, writesCRM: Bool) -> FieldOutcome {
        let winner: SyncSide = switch mapping.direction {
        case .toERP: .crm
        case .toCRM: .erp
        default: self.winner
        }
        if winner == .erp && !writesCRM { return values.outcome(.inStep) }
        var outcome = winner == .crm ? values.copyToERP() : values.copyToCRM()
        guard outcome.action != .unmapped else { return outcome }
        outcome.action = .conflict
        outcome.winner = winner
        outcome.losingValue = winner == .crm ? values.erp : values.crm
        return outcome
    }

    /// One field's values on both sides, and each translated into the other's vocabulary.
    private struct Values {
        let mapping: FieldMapping
        let crm: String
        let erp: String
        /// quotedoc's value as the ERP writes it; nil when a list has no mapping for it.
        let crmAsERP: String?
        /// The ERP's value as quotedoc writes it; nil when a list has no mapping for it.
        let erpAsCRM: String?
        let list: SyncListName?

        init(_ mapping: FieldMapping, company: Company, party: ERPParty, lists: [SyncListName: SyncListMap]) {
            self.mapping = mapping
            crm = SyncMerge.trimmed(mapping.crmField.value(in: company))
            erp = SyncMerge.trimmed(party[mapping.erpField])
            list = mapping.crmField.list
            if let list, let map = lists[list] {
                crmAsERP = map.erpValue(forCRM: crm)
                erpAsCRM = map.crmValue(forERP: erp)
            } else {
                crmAsERP = crm
                erpAsCRM = erp
            }
        }

        /// True when the two sides hold the same value.
        var agree: Bool {
            if let crmAsERP { return crmAsERP == erp }
            if let erpAsCRM { return SyncListMap.key(erpAsCRM) == SyncListMap.key(crm) }
            return crm.isEmpty && erp.isEmpty
        }

        func outcome(_ action: FieldOutcome.Action, crmAfter: String? = nil, erpAfter: String? = nil, problem: String? = nil) -> FieldOutcome {
            FieldOutcome(
                crmField: mapping.crmField, erpField: mapping.erpField, action: action, crmBefore: crm, erpBefore: erp,
                crmAfter: crmAfter ?? crm, erpAfter: erpAfter ?? erp, winner: nil, losingValue: nil, problem: problem)
        }

        mutating func copyToERP() -> FieldOutcome {
            guard let value = crmAsERP else { return outcome(.unmapped, problem: SyncMerge.unmappedCRM(crm, list!)) }
            return outcome(.toERP, erpAfter: value)
        }

        mutating func copyToCRM() -> FieldOutcome {
            guard let value = erpAsCRM else { return outcome(.unmapped, problem: SyncMerge.unmappedERP(erp, list!)) }
            return outcome(.toCRM, crmAfter: value)
        }
    }

    static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func unmappedCRM(_ value: String, _ list: SyncListName) -> String {
        "quotedoc's \(list.rawValue) '\(value)' is mapped to no \(list.rawValue) of the ERP"
    }

    static func unmappedERP(_ value: String, _ list: SyncListName) -> String {
        "the ERP's \(list.rawValue) '\(value)' is mapped to no \(list.rawValue) of quotedoc"
    }
}
