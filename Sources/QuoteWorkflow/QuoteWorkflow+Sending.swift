import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// How to send.
    public struct SendOptions: Sendable {
        public var validDays: Int?
        public var validTo: LocalDate?
        /// The culture; nil for the sale type's default, else the settings' default, else en-US.
        public var culture: String?
        public var alternatives: AlternativeSelection
        /// A follow-up activity to record; a nil text is the settings' default follow-up text.
        public var followUp: (date: LocalDate, text: String?)?
        public var pdf: Bool
        /// Also write an `.eml` e-mail to the contact with every document attached.
        public var email: Bool
        /// The e-mail's recipient instead of the contact's address (see ``MailParties``).
        public var recipient: String?
        public var acting: Acting

        public init(validDays: Int? = nil, validTo: LocalDate? = nil, culture: String? = nil, alternatives: AlternativeSelection = .favourite,
                    followUp: (date: LocalDate, text: String?)? = nil, pdf: Bool = false, email: Bool = false, recipient: String? = nil,
                    acting: Acting) {
            self.validDays = validDays
            self.validTo = validTo
            self.culture = culture
            self.alternatives = alternatives
            self.followUp = followUp
            self.pdf = pdf
            self.email = email
            self.recipient = recipient
            self.acting = acting
        }
    }

    /// Sends the active version of quote `quoteNumber`: renders the proposal (HTML and UBL XML)
    /// as the version will be once sent, stages the files, then in one transaction marks the
    /// version sent with its dates, archives the documents and records exactly one "quote sent"
    /// activity; only then are the files put in place. Checked again inside the transaction, so
    /// of several processes sending one version exactly one succeeds. With ``SendOptions/email``
    /// the e-mail's sender and recipient are settled first, and the mail carries every document.
    @discardableResult
    public func send(quoteNumber: String, options: SendOptions, output: DocumentOutput, templateOverride: URL? = nil) throws -> LifecycleReceipt {
        UBLSchemas.prepare(for: .proposal, validation: output.renderer.validation)
        let saleNumber = try saleNumber(ofQuote: quoteNumber)
        return try output.writer.withSaleLock(saleNumber) {
            try output.recoverLeftovers(saleNumber: saleNumber, storage: storage)
            // The version and its included attachments, read as one.
            let (source, attachments) = try storage.snapshot { store in
                let source = try store.documentSource(quoteNumber: quoteNumber, version: nil)
                return (source, try Self.attachmentDocuments(store, version: source.detail.version.version, quoteNumber: quoteNumber))
            }
            let version = source.detail.version.version
            try VersionLifecycle.checkSendable(version, sale: source.detail.sale, quoteNumber: quoteNumber)
            let mailParties = try options.email ? MailParties(detail: source.detail, ownCompany: source.ownCompany, recipient: options.recipient) : nil
            let sending = try Self.asSent(source, validDays: options.validDays, validTo: options.validTo, today: options.acting.today)
            let documentOptions = DocumentOptions(kind: .proposal, alternatives: options.alternatives, culture: source.culture(requested: options.culture), issueDate: options.acting.today)
            var documents = try output.render(sending, options: documentOptions, pdf: options.pdf, templateOverride: templateOverride)
            // The included attachments go out with the proposal, archived with it.
            documents += attachments
            if let mailParties {
                documents.append(try output.renderer.renderMail(
                    sending.detail, ownCompany: sending.ownCompany, fields: sending.fields, options: documentOptions, parties: mailParties,
                    attachments: documents, now: options.acting.now))
            }
            CrashPoint.afterRender.reach()
            return try output.archive(documents, saleNumber: saleNumber) { drafts in
                try recordSend(quoteNumber: quoteNumber, rank: version.rank, sent: sending.detail.version.version, drafts: drafts, options: options)
            }
        }
    }

    /// The source as it will be once sent on `today`: state sent, sent today, valid to the
    /// expiration date. A preview of an unsent version renders exactly this.
    static func asSent(_ source: DocumentSource, validDays: Int?, validTo: LocalDate?, today: LocalDate) throws -> DocumentSource {
        var sending = source
        let expiration = try VersionLifecycle.expirationDate(
            today: today, validDays: validDays, validTo: validTo, saleType: source.detail.saleType, quoteNumber: source.detail.quote.number)
        sending.detail.version.version.sentDate = today
        sending.detail.version.version.expirationDate = expiration
        sending.detail.version.version.state = .sent
        return sending
    }

    private func recordSend(quoteNumber: String, rank: Int, sent: QuoteVersion, drafts: [DocumentDraft], options: SendOptions) throws -> ActivityRecord {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            guard version.rank == rank else {
                throw QuoteError(.versionChanged, "quote \(quoteNumber) has version \(version.rank) now", value: "\(version.rank)", quote: quoteNumber)
            }
            // The documents were rendered from revision `sent.revision`: one saved since would
            // make them differ from what is archived as sent.
            try Self.checkRevision(store, version, expected: options.acting.expectedRevision, quoteNumber: quoteNumber)
            try Self.checkRevision(store, version, expected: sent.revision, quoteNumber: quoteNumber)
            var sale = try Self.sale(store, of: quote)
            try VersionLifecycle.checkSendable(version, sale: sale, quoteNumber: quoteNumber)
            let actor = try Self.actor(store, options.acting, sale: sale)
            let before = version.state
            version.state = .sent
            version.sentDate = sent.sentDate
            version.expirationDate = sent.expirationDate
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: actor, at: options.acting.now, note: "sent")
            let expiration = sent.expirationDate.map(\.description) ?? ""
            let activity = try store.append(
                SaleActivity(kind: .quoteSent, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: options.acting.now,
                             text: "Quote \(quoteNumber) version \(version.rank) sent, valid to \(expiration)"),
                documents: drafts, versionId: version.id, now: options.acting.now)
            if let followUp = options.followUp {
                _ = try store.append(
                    SaleActivity(kind: .followUp, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: Self.noon(of: followUp.date),
                                 text: try followUp.text ?? store.settings().followUpText),
                    documents: [], versionId: version.id, now: options.acting.now)
            }
            sale.amount = try store.tree(of: version).favourite?.alternative.totalPrice ?? sale.amount
            try store.update(sale)
            return try Self.activityRecord(store, id: activity.id!)
        }
    }

    /// The number of the sale quote `quoteNumber` belongs to.
    func saleNumber(ofQuote quoteNumber: String) throws -> String {
        try storage.snapshot { store in try Self.sale(store, of: try Self.quote(store, number: quoteNumber)).number }
    }

    static func noon(of day: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + 12 * 3_600))
    }
}
