import Foundation

/// The approval record of a quote version: who was asked, who decided, and what they said.
public struct Approval: Sendable, Hashable, Codable {
    /// The associate asked to approve.
    public var requestedApproverId: Int64?
    public var requestComment: String
    /// The associate who approved or rejected.
    public var approvedById: Int64?
    public var approvalText: String
    /// The associate who entered the decision (may differ, e.g. after approval by phone).
    public var registeredById: Int64?
    public var registeredAt: Date?

    public init(
        requestedApproverId: Int64? = nil, requestComment: String = "", approvedById: Int64? = nil,
        approvalText: String = "", registeredById: Int64? = nil, registeredAt: Date? = nil
    ) {
        self.requestedApproverId = requestedApproverId
        self.requestComment = requestComment
        self.approvedById = approvedById
        self.approvalText = approvalText
        self.registeredById = registeredById
        self.registeredAt = registeredAt
    }
}
