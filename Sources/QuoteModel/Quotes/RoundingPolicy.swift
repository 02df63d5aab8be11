/// When amounts are rounded to the currency's minor unit.
public enum RoundingPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each line's amounts are rounded (half-up), and every total is the sum of rounded figures,
    /// so what a document prints always adds up (as EN 16931 e-invoicing requires).
    case perLine
    /// Full precision through the sums, rounded once at the end.
    case perTotal
}
