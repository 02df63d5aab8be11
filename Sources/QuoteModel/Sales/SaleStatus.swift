/// Where a sale stands.
public enum SaleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case sold
    case lost
}
