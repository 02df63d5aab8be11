import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Asks `approver` to approve the active version, whose warnings need approval. A new request
    /// starts a new decision: any earlier one is cleared.
    public func requestApproval(quoteNumber: String, approver: String, comment: String, acting: Acting) throws -> QuoteVersion {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            try Self.checkRevision(store, version, expected: acting.expectedRevision, quoteNumber: quoteNumber)
            guard let approverAssociate = try store.associate(userName: approver) else { throw QuoteError.notFound("associate", approver) }
            try VersionLifecycle.checkApprovalRequest(version, approver: approverAssociate, quoteNumber: quoteNumber)
            let actor = try Self.actor(store, acting, sale: try Self.sale(store, of: quote))
            let before = version.state
            version.approval = Approval(requestedApproverId: approverAssociate.id, requestComment: comment)
            version.state = .needsApproval
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: actor, at: acting.now, note: "approval requested from \(approver)")
            return version
        }
    }

    /// Approves or rejects the active version as `approver`, who must have the right; the
    /// decision is registered by `acting.user` (the approver when nil).
    public func decide(quoteNumber: String, approve: Bool, approver: String, comment: String, acting: Acting) throws -> QuoteVersion {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            guard let approverAssociate = try store.associate(userName: approver) else { throw QuoteError.notFound("associate", approver) }
            try VersionLifecycle.checkDecision(version, quoteNumber: quoteNumber, approver: approverAssociate)
            let registrar = try acting.user.map { name in
                guard let associate = try store.associate(userName: name) else { throw QuoteError.notFound("associate", name) }
                return associate
            } ?? approverAssociate
            let before = version.state
            version.approval.approvedById = approverAssociate.id
            version.approval.approvalText = comment
            version.approval.registeredById = registrar.id
            version.approval.registeredAt = acting.now
            version.state = approve ? .approved : .notApproved
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: registrar, at: acting.now, note: approve ? "approved by \(approver)" : "rejected by \(approver)")
            return version
        }
    }
}
