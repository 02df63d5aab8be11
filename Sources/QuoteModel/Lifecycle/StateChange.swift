import Foundation

/// One move of a quote version from one state to another, with who made it and when: the
/// version's state history. Every state change is recorded, whoever made it and however.
public struct StateChange: Sendable, Hashable, Codable {
    public var id: Int64?
    public var quoteVersionId: Int64
    /// The state before; nil when the version was created.
    public var from: VersionState?
    public var to: VersionState
    /// Who acted.
    public var associateId: Int64
    public var at: Date
    /// Why, in a few words ("edited", "approval requested", …).
    public var note: String

    public init(id: Int64? = nil, quoteVersionId: Int64, from: VersionState?, to: VersionState, associateId: Int64, at: Date, note: String) {
        self.id = id
        self.quoteVersionId = quoteVersionId
        self.from = from
        self.to = to
        self.associateId = associateId
        self.at = at
        self.note = note
    }
}
