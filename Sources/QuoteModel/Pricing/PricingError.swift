/// Why a line or an alternative cannot be priced as asked.
public struct PricingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
