/// How an ERP connection takes part in sync: whether it is on, its rank among sync connections,
/// which side wins a conflict, and whether `order` may make a missing party.
public struct SyncSettings: Sendable, Hashable, Codable {
    /// Sync runs only on an active connection; its mappings change only while it is inactive.
    public var isActive: Bool
    /// The rank among sync connections: when two map the same company field, the one with the
    /// lower number writes it (ties: the connection whose name sorts first).
    public var priority: Int
    /// The side whose value wins when a field changed on both sides.
    public var conflictWinner: SyncSide
    /// Pricing or ordering for a customer with no party yet makes the party first (else it is
    /// refused, naming `sync push`).
    public var pushOnOrder: Bool

    public init(isActive: Bool = false, priority: Int = 1, conflictWinner: SyncSide = .erp, pushOnOrder: Bool = false) {
        self.isActive = isActive
        self.priority = priority
        self.conflictWinner = conflictWinner
        self.pushOnOrder = pushOnOrder
    }
}
