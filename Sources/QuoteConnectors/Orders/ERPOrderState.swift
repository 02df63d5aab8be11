/// How an order stands in the ERP (SuperOffice's GetOrderState, Tryton's sale states).
public enum ERPOrderState: String, Sendable, Hashable, Codable, CaseIterable {
    case draft, quotation, confirmed, processing, done, cancelled

    /// True for a state the order never leaves.
    public var isFinal: Bool { self == .done || self == .cancelled }
}

/// An order as the ERP has it now: its state, why it was cancelled, and its lines.
public struct ERPOrderStatus: Sendable, Hashable {
    public var key: String
    public var number: String
    public var state: ERPOrderState
    /// The ERP's reason for a cancellation; empty when it gives none.
    public var reason: String
    public var lines: [ERPOrderLine]

    public init(key: String, number: String, state: ERPOrderState, reason: String = "", lines: [ERPOrderLine]) {
        self.key = key
        self.number = number
        self.state = state
        self.reason = reason
        self.lines = lines
    }
}
