/// One field of a company mapped to one field of the ERP's party, and which way it flows.
public struct FieldMapping: Sendable, Hashable, Codable {
    public var crmField: CompanyField
    public var erpField: String
    public var direction: SyncDirection

    public init(crmField: CompanyField, erpField: String, direction: SyncDirection) {
        self.crmField = crmField
        self.erpField = erpField
        self.direction = direction
    }

    /// The mappings a sync connection starts with: name, street, postal code, city, country,
    /// phone, e-mail and VAT number, both ways, to the connector's fields of those names.
    public static func defaults(for fields: [ERPField]) -> [FieldMapping] {
        let pairs: [(CompanyField, String)] = [
            (.name, "name"), (.street, "street"), (.postalCode, "postal_code"), (.city, "city"), (.country, "country"),
            (.phone, "phone"), (.email, "email"), (.vatNumber, "vat"),
        ]
        let known = Set(fields.map(\.key))
        return pairs.filter { known.contains($0.1) }.map { FieldMapping(crmField: $0.0, erpField: $0.1, direction: .both) }
    }
}
