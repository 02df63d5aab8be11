/// What the ERP says when it has an order: its key and number there, the state it is in, and
/// whether it was there already (a retry that found the order of an earlier attempt).
public struct ERPOrderReceipt: Sendable, Hashable {
    public var key: String
    public var number: String
    public var state: ERPOrderState
    public var wasAlreadyPlaced: Bool

    public init(key: String, number: String, state: ERPOrderState, wasAlreadyPlaced: Bool) {
        self.key = key
        self.number = number
        self.state = state
        self.wasAlreadyPlaced = wasAlreadyPlaced
    }
}
