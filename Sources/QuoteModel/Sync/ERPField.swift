/// A field of the ERP's party as its connector declares it for sync.
public struct ERPField: Sendable, Hashable, Codable {
    /// The field's key in mappings and defaults (`postal_code`).
    public var key: String
    public var label: String
    /// The ERP refuses a party without it.
    public var isMandatory: Bool
    /// The list its values come from (`country`), when they do.
    public var list: SyncListName?

    public init(_ key: String, _ label: String, mandatory: Bool = false, list: SyncListName? = nil) {
        self.key = key
        self.label = label
        self.isMandatory = mandatory
        self.list = list
    }
}

/// A list whose values are mapped one to one between quotedoc and the ERP.
public enum SyncListName: String, CaseIterable, Sendable, Codable {
    case country
}
