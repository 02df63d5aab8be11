/// Which of the five linked price fields the user set last: that one is the master and keeps its
/// value when quantity, list price or cost change (SuperOffice's ValueOverride).
public enum ValueOverride: String, Sendable, Hashable, Codable, CaseIterable {
    /// No master: the ERP-suggested discount applies.
    case none
    case totalPrice
    case discountPercent
    case discountAmount
    case earningPercent
    case earningAmount
}
