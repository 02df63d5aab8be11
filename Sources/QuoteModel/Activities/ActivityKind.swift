/// What a sale activity records.
public enum ActivityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A quote version was sent; its documents are attached.
    case quoteSent
    /// An order was placed on a quote; the confirmation is attached.
    case orderPlaced
    /// An order confirmation was produced (for instance by a batch run).
    case confirmationIssued
    /// A follow-up to do after sending.
    case followUp
    /// The sale was lost.
    case saleLost
}
