/// The five columns that hold a ``QuoteModel/PostalAddress``: `street`, `city`, … for an entity's own
/// address, `deliveryStreet`, `deliveryCity`, … when they share a prefix.
enum AddressColumns {
    static let parts = ["Street", "City", "Region", "PostalCode", "Country"]

    static func names(prefix: String) -> [String] {
        parts.map { prefix.isEmpty ? $0.prefix(1).lowercased() + $0.dropFirst() : prefix + $0 }
    }
}
