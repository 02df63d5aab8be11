/// A change to a draft version's details (reference §1.10): its terms, addresses, description,
/// rounding policy and extra fields. A detail left nil (or an extra field not named) stays as it is.
public struct VersionDetailsChange: Sendable, Hashable {
    /// What an address becomes.
    public enum Address: Sendable, Hashable {
        /// This address, replacing the whole of the old one; its country must be an ISO 3166-1
        /// alpha-2 code when given.
        case address(PostalAddress)
        /// A copy of the customer company's address, as the company has it.
        case customer
        /// No address.
        case cleared
    }

    public var paymentTerms: String?
    public var paymentType: String?
    public var deliveryTerms: String?
    public var deliveryType: String?
    public var deliveryAddress: Address?
    public var invoiceAddress: Address?
    public var description: String?
    public var roundingPolicy: RoundingPolicy?
    /// Extra field number (1 to 5) → its new text.
    public var extraFields: [Int: String]

    public init(
        paymentTerms: String? = nil, paymentType: String? = nil, deliveryTerms: String? = nil, deliveryType: String? = nil,
        deliveryAddress: Address? = nil, invoiceAddress: Address? = nil, description: String? = nil,
        roundingPolicy: RoundingPolicy? = nil, extraFields: [Int: String] = [:]
    ) {
        self.paymentTerms = paymentTerms
        self.paymentType = paymentType
        self.deliveryTerms = deliveryTerms
        self.deliveryType = deliveryType
        self.deliveryAddress = deliveryAddress
        self.invoiceAddress = invoiceAddress
        self.description = description
        self.roundingPolicy = roundingPolicy
        self.extraFields = extraFields
    }

    /// True when the change names no detail.
    public var isEmpty: Bool {
        self == VersionDetailsChange()
    }
}

/// One detail of a version that a ``VersionDetailsChange`` changed, with its text before and after.
public struct VersionDetailChange: Sendable, Hashable, Codable {
    /// The detail's name: `paymentTerms`, `deliveryAddress`, `roundingPolicy`, `extraField2`, ...
    public let field: String
    public let old: String
    public let new: String

    public init(field: String, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension QuoteVersion {
    /// Applies `change`, taking `customerAddress` for an address that copies the customer's, and
    /// returns the details whose value changed, in the order of ``VersionDetailsChange``'s fields.
    /// An unknown country code or an extra field outside 1 to 5 is refused before anything changes.
    public mutating func apply(_ change: VersionDetailsChange, customerAddress: PostalAddress) throws(QuoteError) -> [VersionDetailChange] {
        if let number = change.extraFields.keys.first(where: { !(1...ExtraFields.count).contains($0) }) {
            throw QuoteError(.invalid, "a version has extra fields 1 to \(ExtraFields.count), not \(number)", value: String(number))
        }
        let deliveryAddress = try change.deliveryAddress.map { address throws(QuoteError) in try Self.resolved(address, customerAddress: customerAddress) }
        let invoiceAddress = try change.invoiceAddress.map { address throws(QuoteError) in try Self.resolved(address, customerAddress: customerAddress) }
        var changes: [VersionDetailChange] = []
        func set<Value: Equatable>(_ field: String, _ path: WritableKeyPath<QuoteVersion, Value>, _ value: Value?, text: (Value) -> String) {
            guard let value, self[keyPath: path] != value else { return }
            changes.append(VersionDetailChange(field: field, old: text(self[keyPath: path]), new: text(value)))
            self[keyPath: path] = value
        }
        set("paymentTerms", \.paymentTerms, change.paymentTerms) { $0 }
        set("paymentType", \.paymentType, change.paymentType) { $0 }
        set("deliveryTerms", \.deliveryTerms, change.deliveryTerms) { $0 }
        set("deliveryType", \.deliveryType, change.deliveryType) { $0 }
        set("deliveryAddress", \.deliveryAddress, deliveryAddress) { $0.lines.joined(separator: ", ") }
        set("invoiceAddress", \.invoiceAddress, invoiceAddress) { $0.lines.joined(separator: ", ") }
        set("description", \.description, change.description) { $0 }
        set("roundingPolicy", \.roundingPolicy, change.roundingPolicy) { $0.rawValue }
        for number in change.extraFields.keys.sorted() {
            set("extraField\(number)", \.extraFields[number], change.extraFields[number]) { $0 }
        }
        return changes
    }

    private static func resolved(_ address: VersionDetailsChange.Address, customerAddress: PostalAddress) throws(QuoteError) -> PostalAddress {
        switch address {
        case .customer:
            return customerAddress
        case .cleared:
            return PostalAddress()
        case .address(var address):
            if !address.country.isEmpty { address.country = try CountryCode.checked(address.country) }
            return address
        }
    }
}
