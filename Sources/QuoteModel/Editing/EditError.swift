/// An edit of a quote version that cannot be made, with the reason.
public struct EditError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
