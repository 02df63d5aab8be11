/// The rules of a quote version's life (reference §2): which state follows an edit, and what a
/// quote, its sale and its version must be in to be edited, approved, sent, ordered, copied into
/// a new version or lost. Each rule is checked here and nowhere else; a refusal is a
/// ``QuoteError`` naming the quote.
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

    /// Checks that `version` may be edited: only a draft (in any of its approval states) can.
    public static func checkEditable(_ version: QuoteVersion, quoteNumber: String) throws(QuoteError) {
        guard version.state.isEditable else {
            throw QuoteError(.notEditable, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be edited", value: version.state.rawValue, quote: quoteNumber)
        }
    }

    /// Checks that `version` may be sent (or ordered straight from a draft, with `action`
    /// "ordered"): the sale is open, the version is a draft without errors, and approved where its
    /// warnings need an approval.
    public static func checkSendable(_ version: QuoteVersion, sale: Sale, quoteNumber: String, action: String = "sent") throws(QuoteError) {
        try checkOpen(sale, quoteNumber: quoteNumber, action: action)
        switch version.state {
        case .sent, .archived, .lost, .sold:
            throw QuoteError(.notSendable, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be \(action) again", value: version.state.rawValue, quote: quoteNumber)
        case .notApproved:
            throw QuoteError(.notApproved, "version \(version.rank) of quote \(quoteNumber) was not approved; change it and request approval again", quote: quoteNumber)
        case .draft, .needsApproval, .approved:
            break
        }
        if version.status == .error {
            throw QuoteError(.hasErrors, "version \(version.rank) of quote \(quoteNumber) has errors and cannot be \(action):\n\(version.reason)", quote: quoteNumber)
        }
        if version.status == .warning, version.state != .approved {
            throw QuoteError(.needsApproval, "version \(version.rank) of quote \(quoteNumber) needs approval before it can be \(action):\n\(version.reason)", quote: quoteNumber)
        }
    }

    /// Checks that an order may be placed on `version`: the quote has none yet, the sale is open,
    /// and the version was sent or could be sent now.
    public static func checkOrderable(_ version: QuoteVersion, quote: Quote, sale: Sale) throws(QuoteError) {
        if quote.isOrdered {
            throw QuoteError(.alreadyOrdered, "quote \(quote.number) has an order placed already", quote: quote.number)
        }
        if version.state == .sent {
            try checkOpen(sale, quoteNumber: quote.number, action: "ordered")
        } else {
            try checkSendable(version, sale: sale, quoteNumber: quote.number, action: "ordered")
        }
    }

    /// Checks that version n+1 may be made as a copy of `source`: the quote has no order, its sale
    /// is open, its active version is not lost, and `source` was sent or archived.
    public static func checkNewVersion(from source: QuoteVersion, active: QuoteVersion, quote: Quote, sale: Sale) throws(QuoteError) {
        if quote.isOrdered {
            throw QuoteError(.alreadyOrdered, "quote \(quote.number) has an order placed and is locked", quote: quote.number)
        }
        try checkOpen(sale, quoteNumber: quote.number, action: "given a new version")
        if active.state == .lost {
            throw QuoteError(.saleClosed, "quote \(quote.number) was lost; a lost quote gets no new version", quote: quote.number)
        }
        guard source.state == .sent || source.state == .archived else {
            throw QuoteError(.invalid, "version \(source.rank) of quote \(quote.number) is \(source.state.rawValue): edit it as it is; a new version copies a sent or archived one", value: source.state.rawValue, quote: quote.number)
        }
    }

    /// Checks that `version` may go to `approver` for approval.
    public static func checkApprovalRequest(_ version: QuoteVersion, approver: Associate, quoteNumber: String) throws(QuoteError) {
        guard version.state == .needsApproval || version.state == .notApproved else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue); only a version whose warnings need approval can be sent for approval", value: version.state.rawValue, quote: quoteNumber)
        }
        guard approver.canApproveQuote else {
            throw QuoteError(.notAllowed, "\(approver.name) (\(approver.userName)) does not have the right to approve quotes; ask someone who has", value: approver.userName, quote: quoteNumber)
        }
    }

    /// Checks that `approver` may decide on `version`.
    public static func checkDecision(_ version: QuoteVersion, quoteNumber: String, approver: Associate) throws(QuoteError) {
        guard approver.canApproveQuote else {
            throw QuoteError(.notAllowed, "\(approver.name) (\(approver.userName)) does not have the right to approve quotes", value: approver.userName, quote: quoteNumber)
        }
        guard version.state == .needsApproval || version.state == .notApproved || version.state == .approved else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue); there is nothing to approve", value: version.state.rawValue, quote: quoteNumber)
        }
    }

    /// Checks that a version may become lost.
    public static func checkLost(_ version: QuoteVersion, quoteNumber: String) throws(QuoteError) {
        guard version.state != .sold, version.state != .lost, version.state != .archived else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be marked lost", value: version.state.rawValue, quote: quoteNumber)
        }
    }

    /// Checks that the ERP may be asked how the order of `quote` stands: an order was placed, and
    /// placed in the ERP (it has the ERP's order key).
    public static func checkOrderStatusKnown(_ quote: Quote, connectionName: String) throws(QuoteError) {
        guard quote.isOrdered else {
            throw QuoteError(.notApplicable, "quote \(quote.number) has no order placed; place it with `order` first", quote: quote.number)
        }
        guard !quote.erpOrderKey.isEmpty else {
            throw QuoteError(.notApplicable, "the order of quote \(quote.number) was not placed in an ERP (connection '\(connectionName)' kept it in quotedoc)", quote: quote.number)
        }
    }

    /// The one way out of sold: the ERP cancelled the order, so the sold `version` becomes lost.
    public static func checkCancelledInERP(_ version: QuoteVersion, quote: Quote) throws(QuoteError) {
        guard version.state == .sold, quote.isOrdered, !quote.erpOrderKey.isEmpty else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quote.number) is \(version.state.rawValue); only a sold version whose order the ERP cancelled becomes lost this way", value: version.state.rawValue, quote: quote.number)
        }
    }

    /// Checks that the ERP's changed order may become a new version of `quote`: the order was
    /// placed in the ERP, the active version is sold, and the ERP has not cancelled it.
    public static func checkERPRevision(_ version: QuoteVersion, quote: Quote) throws(QuoteError) {
        guard quote.isOrdered, !quote.erpOrderKey.isEmpty, version.state == .sold, quote.erpOrderState != "cancelled" else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quote.number) is \(version.state.rawValue): only a sold version whose order the ERP changed is followed by a version with the ERP's lines", value: version.state.rawValue, quote: quote.number)
        }
    }

    /// Checks that a quote may be made on `sale`: it is open.
    public static func checkQuotable(_ sale: Sale) throws(QuoteError) {
        guard sale.status == .open else {
            throw QuoteError(.saleClosed, "sale \(sale.number) is \(sale.status.rawValue); a quote can only be made on an open sale", value: sale.number)
        }
    }

    /// The state shown for `version` on `today`: a sent version past its last valid day is expired.
    public static func displayState(_ version: QuoteVersion, today: LocalDate) -> String {
        if version.state == .sent, let expiration = version.expirationDate, today > expiration { return "sentExpired" }
        return version.state.rawValue
    }

    /// The last day a version sent on `today` is valid: `validTo` when given, else `validDays`
    /// (the sale type's validity when nil) after `today`. A day before `today` is refused.
    public static func expirationDate(today: LocalDate, validDays: Int?, validTo: LocalDate?, saleType: SaleType, quoteNumber: String) throws(QuoteError) -> LocalDate {
        let expiration = validTo ?? today.adding(days: validDays ?? saleType.quoteValidityDays)
        guard expiration >= today else {
            throw QuoteError(.invalid, "the quote would expire on \(expiration), before it is sent (\(today))", value: expiration.description, quote: quoteNumber)
        }
        return expiration
    }

    private static func checkOpen(_ sale: Sale, quoteNumber: String, action: String) throws(QuoteError) {
        guard sale.status == .open else {
            throw QuoteError(.saleClosed, "the sale of quote \(quoteNumber) is \(sale.status.rawValue); its quote cannot be \(action)", value: sale.status.rawValue, quote: quoteNumber)
        }
    }
}
