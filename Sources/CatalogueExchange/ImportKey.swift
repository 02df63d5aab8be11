/// What identifies a row's product among the price list's products: its code, its name, or both
/// together.
public enum ImportKey: String, Sendable, Hashable, CaseIterable, Codable {
    case code, name, both
}
