/// A state change the quote's lifecycle does not allow, with what to do instead.
public struct LifecycleError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
