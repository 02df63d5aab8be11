/// A postal address as printed on a document.
public struct PostalAddress: Sendable, Hashable, Codable {
    public var street: String
    public var city: String
    public var region: String
    public var postalCode: String
    public var country: String

    public init(street: String = "", city: String = "", region: String = "", postalCode: String = "", country: String = "") {
        self.street = street
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }

    /// True when no part is filled in.
    public var isEmpty: Bool {
        [street, city, region, postalCode, country].allSatisfy(\.isEmpty)
    }

    /// The address as printed lines: street, "postal code city region", country; blank parts left out.
    public var lines: [String] {
        // Built by appending: every document prints several addresses, and filtering and joining
        // arrays cost a dozen allocations for each.
        var cityLine = postalCode
        for part in [city, region] where !part.isEmpty {
            if !cityLine.isEmpty { cityLine.append(" ") }
            cityLine.append(part)
        }
        var lines: [String] = []
        lines.reserveCapacity(3)
        for line in [street, cityLine, country] where !line.isEmpty { lines.append(line) }
        return lines
    }
}
