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
        let cityLine = [postalCode, city, region].filter { !$0.isEmpty }.joined(separator: " ")
        return [street, cityLine, country].filter { !$0.isEmpty }
    }
}
