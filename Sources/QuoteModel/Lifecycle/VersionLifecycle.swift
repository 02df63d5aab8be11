/// The rules of a quote version's life (reference §2): which state follows an edit, and what a
/// version must be in to be approved, sent, ordered or lost.
public enum VersionLifecycle {
    /// The state of an editable version after an edit, from its validation: warnings need
    /// approval; an approval holds only while nothing changes.
    public static func stateAfterEdit(_ state: VersionState, status: ValidationStatus, changed: Bool) -> VersionState {
        guard state.isEditable else { return state }
        if status < .warning { return .draft }
        if state == .approved, !changed { return .approved }
        if state == .notApproved, !changed { return .notApproved }
        return .needsApproval
    }

    /// Checks that `version` may be sent (or ordered straight from a draft): no errors, and an
    /// approval where warnings need one.
    public static func checkSendable(_ version: QuoteVersion, quoteNumber: String, action: String = "sent") throws(LifecycleError) {
        switch version.state {
        case .sent, .archived, .lost, .sold:
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be \(action) again; create a new version with `quotedoc version new \(quoteNumber)`")
        case .notApproved:
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) was not approved; change it and request approval again")
        case .draft, .needsApproval, .approved:
            break
        }
        if version.status == .error {
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) has errors and cannot be \(action):\n\(version.reason)")
        }
        if version.status == .warning, version.state != .approved {
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) needs approval before it can be \(action) (`quotedoc approval request \(quoteNumber) --approver NAME`):\n\(version.reason)")
        }
    }

    /// Checks that `version` may go for approval.
    public static func checkApprovalRequest(_ version: QuoteVersion, quoteNumber: String) throws(LifecycleError) {
        guard version.state == .needsApproval || version.state == .notApproved else {
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue); only a version whose warnings need approval can be sent for approval")
        }
    }

    /// Checks that `approver` may decide on `version`.
    public static func checkDecision(_ version: QuoteVersion, quoteNumber: String, approver: Associate) throws(LifecycleError) {
        guard approver.canApproveQuote else {
            throw LifecycleError("\(approver.name) (\(approver.userName)) does not have the right to approve quotes")
        }
        guard version.state == .needsApproval || version.state == .notApproved || version.state == .approved else {
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue); there is nothing to approve")
        }
    }

    /// Checks that a version may become lost.
    public static func checkLost(_ version: QuoteVersion, quoteNumber: String) throws(LifecycleError) {
        guard version.state != .sold, version.state != .lost, version.state != .archived else {
            throw LifecycleError("version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be marked lost")
        }
    }

    /// The state shown for `version` on `today`: a sent version past its last valid day is expired.
    public static func displayState(_ version: QuoteVersion, today: LocalDate) -> String {
        if version.state == .sent, let expiration = version.expirationDate, today > expiration { return "sentExpired" }
        return version.state.rawValue
    }
}
