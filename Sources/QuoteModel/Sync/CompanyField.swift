/// A field of a customer company that can be mapped to a field of the ERP's party.
public enum CompanyField: String, CaseIterable, Sendable, Codable {
    case name
    case street
    case postalCode = "postal-code"
    case city
    case region
    case country
    case phone
    case fax
    case email
    case vatNumber = "vat-number"

    /// The list the field's values come from, when they do (the country's name is one of the
    /// country list's values): its values are mapped one to one to the ERP's.
    public var list: SyncListName? { self == .country ? .country : nil }

    /// The field's value in `company`.
    public func value(in company: Company) -> String {
        switch self {
        case .name: company.name
        case .street: company.address.street
        case .postalCode: company.address.postalCode
        case .city: company.address.city
        case .region: company.address.region
        case .country: company.address.country
        case .phone: company.phone
        case .fax: company.fax
        case .email: company.email
        case .vatNumber: company.vatNumber
        }
    }

    /// Sets the field of `company` to `value`.
    public func set(_ value: String, in company: inout Company) {
        switch self {
        case .name: company.name = value
        case .street: company.address.street = value
        case .postalCode: company.address.postalCode = value
        case .city: company.address.city = value
        case .region: company.address.region = value
        case .country: company.address.country = value
        case .phone: company.phone = value
        case .fax: company.fax = value
        case .email: company.email = value
        case .vatNumber: company.vatNumber = value
        }
    }
}
