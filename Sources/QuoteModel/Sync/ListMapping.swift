/// A value of a list in quotedoc mapped to the ERP's value of the same list, one to one
/// (the country `Deutschland` to Tryton's country `DE`).
public struct ListMapping: Sendable, Hashable, Codable {
    public var list: SyncListName
    public var crmValue: String
    public var erpValue: String

    public init(list: SyncListName, crmValue: String, erpValue: String) {
        self.list = list
        self.crmValue = crmValue
        self.erpValue = erpValue
    }

    /// `mapping` added to `existing` (the explicit mappings of its list); a duplicate (its
    /// quotedoc value or its ERP value mapped already) is refused, naming the mapping it meets.
    public static func adding(_ mapping: ListMapping, to existing: [ListMapping]) throws(QuoteError) -> [ListMapping] {
        let crm = SyncListMap.key(mapping.crmValue)
        guard !crm.isEmpty, !mapping.erpValue.isEmpty else {
            throw QuoteError(.invalid, "a list mapping is VALUE=ERPVALUE, both filled: '\(mapping.crmValue)=\(mapping.erpValue)' is not", value: mapping.crmValue)
        }
        if let same = existing.first(where: { SyncListMap.key($0.crmValue) == crm }) {
            throw QuoteError(.duplicate, "'\(mapping.crmValue)' is mapped to \(same.erpValue) already: remove that mapping first", value: mapping.crmValue)
        }
        if let same = existing.first(where: { $0.erpValue == mapping.erpValue }) {
            throw QuoteError(.duplicate, "the ERP's \(mapping.list.rawValue) \(mapping.erpValue) is mapped to '\(same.crmValue)' already: remove that mapping first", value: mapping.erpValue)
        }
        return existing + [mapping]
    }

    /// `existing` without the mapping of quotedoc's `value` (case and extra spaces ignored);
    /// ``QuoteError/Code/notFound`` when none is set.
    public static func removing(_ value: String, list: SyncListName, from existing: [ListMapping]) throws(QuoteError) -> [ListMapping] {
        let kept = existing.filter { $0.list != list || SyncListMap.key($0.crmValue) != SyncListMap.key(value) }
        guard kept.count < existing.count else { throw QuoteError(.notFound, "no \(list.rawValue) mapping of '\(value)' is set", value: value) }
        return kept
    }
}

/// A list as one sync uses it: the ERP's values, each mapped to the quotedoc value set for it,
/// else to the ERP's own name for it (Tryton's countries carry their ISO 3166 names). A value
/// with no mapping on either side has none: it is reported, never guessed.
public struct SyncListMap: Sendable, Hashable {
    /// One value of the ERP's list and the quotedoc value it is mapped to.
    public struct Entry: Sendable, Hashable, Codable {
        public var erpValue: String
        public var erpName: String
        public var crmValue: String?
        /// True when the mapping is the ERP's name, not one set.
        public var isDefault: Bool
    }

    public let list: SyncListName
    public let entries: [Entry]
    private let erpByCRM: [String: String]
    private let crmByERP: [String: String]

    /// The map of `list` from the ERP's values (key and name) and the mappings set.
    public init(list: SyncListName, erpValues: [(key: String, name: String)], explicit: [ListMapping]) {
        self.list = list
        let set = explicit.filter { $0.list == list }
        let setCRM = Set(set.map { Self.key($0.crmValue) })
        var entries: [Entry] = []
        for (key, name) in erpValues {
            if let mapping = set.first(where: { $0.erpValue == key }) {
                entries.append(Entry(erpValue: key, erpName: name, crmValue: mapping.crmValue, isDefault: false))
            } else if !name.isEmpty, !setCRM.contains(Self.key(name)) {
                entries.append(Entry(erpValue: key, erpName: name, crmValue: name, isDefault: true))
            } else {
                entries.append(Entry(erpValue: key, erpName: name, crmValue: nil, isDefault: false))
            }
        }
        // A mapping set for a value the ERP does not list still maps (the ERP may list it later).
        let listed = Set(erpValues.map(\.key))
        for mapping in set where !listed.contains(mapping.erpValue) {
            entries.append(Entry(erpValue: mapping.erpValue, erpName: "", crmValue: mapping.crmValue, isDefault: false))
        }
        self.entries = entries
        var erpByCRM: [String: String] = [:]
        var crmByERP: [String: String] = [:]
        for entry in entries {
            guard let crm = entry.crmValue else { continue }
            erpByCRM[Self.key(crm)] = erpByCRM[Self.key(crm)] ?? entry.erpValue
            crmByERP[entry.erpValue] = crm
        }
        self.erpByCRM = erpByCRM
        self.crmByERP = crmByERP
    }

    /// The ERP's value for quotedoc's `value` (matched ignoring case and extra spaces); an empty
    /// value is empty; nil when it has no mapping.
    public func erpValue(forCRM value: String) -> String? {
        let key = Self.key(value)
        return key.isEmpty ? "" : erpByCRM[key]
    }

    /// quotedoc's value for the ERP's `value`; an empty value is empty; nil when it has no mapping.
    public func crmValue(forERP value: String) -> String? {
        value.isEmpty ? "" : crmByERP[value]
    }

    /// How values are compared: case and runs of spaces ignored.
    static func key(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
