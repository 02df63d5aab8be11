/// An exact decimal operation whose result does not fit: its magnitude, in units of its last
/// kept fraction digit, would pass ``ExactDecimal/maximumSignificand`` even with every fraction
/// digit rounded away. Thrown, never a crash, so a caller can say which figure was too large.
public struct ArithmeticOverflow: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation, written out: `10000000000000000000 × 10000000000000000000`.
    public let operation: String

    public init(_ operation: String) {
        self.operation = operation
    }

    public var description: String {
        "\(operation) is too large: an exact decimal holds at most \(ExactDecimal.maximumSignificand) (39 digits)"
    }
}
