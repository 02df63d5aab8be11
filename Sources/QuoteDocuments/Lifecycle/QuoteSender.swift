import Foundation
import QuoteModel
import QuoteStore
import TemplateEngine

/// What was sent or ordered: the activity recorded and the files written.
public struct LifecycleReceipt: Sendable {
    public let activity: ActivityRecord
    public let files: [URL]
}

/// Sends quote versions and places orders: checks the version, renders its documents through
/// the same renderer as `quotedoc render`, and records the result so that either all of it
/// happens — state, one activity, archived documents, files with matching hashes — or none.
///
/// Files are written to temporary names and flushed first; the database transaction follows;
/// only then are the files renamed into place. A process killed between the commit and the
/// renames leaves temporary files whose documents the database holds: the next run for that
/// sale renames them (``recoverLeftovers(saleNumber:)``); any other leftovers are removed.
public struct QuoteSender: Sendable {
    public let database: QuoteDatabase
    public let renderer: DocumentRenderer
    public let writer: DocumentWriter
    public let converter: PDFConverter?

    public init(database: QuoteDatabase, renderer: DocumentRenderer, writer: DocumentWriter, converter: PDFConverter? = nil) {
        self.database = database
        self.renderer = renderer
        self.writer = writer
        self.converter = converter
    }

    /// How to send.
    public struct SendOptions: Sendable {
        public var validDays: Int?
        public var validTo: LocalDate?
        public var culture: String?
        public var alternatives: AlternativeSelection
        public var followUp: (date: LocalDate, text: String)?
        public var pdf: Bool
        /// Also write an `.eml` e-mail with the documents attached.
        public var email: Bool
        public var actingUser: String?
        public var today: LocalDate
        public var now: Date

        public init(validDays: Int? = nil, validTo: LocalDate? = nil, culture: String? = nil, alternatives: AlternativeSelection = .favourite,
                    followUp: (date: LocalDate, text: String)? = nil, pdf: Bool = false, email: Bool = false, actingUser: String? = nil,
                    today: LocalDate, now: Date) {
            self.email = email
            self.validDays = validDays
            self.validTo = validTo
            self.culture = culture
            self.alternatives = alternatives
            self.followUp = followUp
            self.pdf = pdf
            self.actingUser = actingUser
            self.today = today
            self.now = now
        }
    }

    /// Sends the active version of quote `number`.
    public func send(quoteNumber: String, options: SendOptions, templateOverride: URL? = nil) throws -> LifecycleReceipt {
        UBLSchemas.prepare(for: .proposal)
        let saleNumber = try database.saleNumber(ofQuote: quoteNumber)
        return try writer.withSaleLock(saleNumber) { try sendLocked(quoteNumber: quoteNumber, options: options, templateOverride: templateOverride) }
    }

    private func sendLocked(quoteNumber: String, options: SendOptions, templateOverride: URL?) throws -> LifecycleReceipt {
        var source = try database.documentSource(quoteNumber: quoteNumber)
        try recoverLeftovers(saleNumber: source.detail.sale.number)
        let version = source.detail.version.version
        try VersionLifecycle.checkSendable(version, quoteNumber: quoteNumber)
        if options.pdf, converter == nil { throw DocumentError(.output, PDFConverter.missingMessage) }
        let expiration = options.validTo ?? options.today.adding(days: options.validDays ?? source.detail.saleType.quoteValidityDays)
        guard expiration >= options.today else {
            throw DocumentError(.notApplicable, "the quote would expire on \(expiration), before it is sent (\(options.today))")
        }
        source.detail.version.version.sentDate = options.today
        source.detail.version.version.expirationDate = expiration
        source.detail.version.version.state = .sent
        let documentOptions = DocumentOptions(kind: .proposal, alternatives: options.alternatives, culture: options.culture, issueDate: options.today)
        var documents = try renderWithPDF(source, options: documentOptions, pdf: options.pdf, templateOverride: templateOverride)
        if options.email {
            documents.append(try renderer.renderMail(source.detail, ownCompany: source.ownCompany, options: documentOptions, attachments: documents.filter { $0.format != .xml }, now: options.now))
        }
        CrashPoint.afterRender.reach()
        let followUp = options.followUp.map { (date: Self.noon(of: $0.date), text: $0.text) }
        return try archive(documents, saleNumber: source.detail.sale.number) { drafts in
            try database.recordSend(.init(
                quoteNumber: quoteNumber, rank: version.rank, actingUser: options.actingUser, sentDate: options.today,
                expirationDate: expiration, now: options.now, documents: drafts, followUp: followUp))
        }
    }

    /// How to place an order.
    public struct OrderOptions: Sendable {
        public var alternative: String
        public var poNumber: String
        public var comment: String
        public var markSold: Bool
        public var culture: String?
        public var pdf: Bool
        public var actingUser: String?
        public var today: LocalDate
        public var now: Date

        public init(alternative: String, poNumber: String = "", comment: String = "", markSold: Bool = false, culture: String? = nil,
                    pdf: Bool = false, actingUser: String? = nil, today: LocalDate, now: Date) {
            self.alternative = alternative
            self.poNumber = poNumber
            self.comment = comment
            self.markSold = markSold
            self.culture = culture
            self.pdf = pdf
            self.actingUser = actingUser
            self.today = today
            self.now = now
        }
    }

    /// Places the order of quote `number` on one alternative, with its confirmation.
    public func placeOrder(quoteNumber: String, options: OrderOptions, templateOverride: URL? = nil) throws -> LifecycleReceipt {
        UBLSchemas.prepare(for: .orderConfirmation)
        let saleNumber = try database.saleNumber(ofQuote: quoteNumber)
        return try writer.withSaleLock(saleNumber) { try placeOrderLocked(quoteNumber: quoteNumber, options: options, templateOverride: templateOverride) }
    }

    private func placeOrderLocked(quoteNumber: String, options: OrderOptions, templateOverride: URL?) throws -> LifecycleReceipt {
        var source = try database.documentSource(quoteNumber: quoteNumber)
        try recoverLeftovers(saleNumber: source.detail.sale.number)
        let version = source.detail.version.version
        if source.detail.quote.isOrdered { throw DocumentError(.notApplicable, "quote \(quoteNumber) has an order placed already") }
        if version.state != .sent { try VersionLifecycle.checkSendable(version, quoteNumber: quoteNumber, action: "ordered") }
        if options.pdf, converter == nil { throw DocumentError(.output, PDFConverter.missingMessage) }
        guard let accepted = source.detail.version.alternatives.first(where: { $0.alternative.name == options.alternative }) else {
            let names = source.detail.version.alternatives.map { "'\($0.alternative.name)'" }.joined(separator: ", ")
            throw DocumentError(.notApplicable, "quote \(quoteNumber) has no alternative '\(options.alternative)' (it has \(names))")
        }
        source.detail.quote.acceptedAlternativeId = accepted.alternative.id
        source.detail.quote.poNumber = options.poNumber
        source.detail.quote.orderComment = options.comment
        source.detail.quote.orderDate = options.today
        source.detail.version.version.state = .sold
        let documents = try renderWithPDF(source, options: DocumentOptions(kind: .orderConfirmation, culture: options.culture, issueDate: options.today), pdf: options.pdf, templateOverride: templateOverride)
        CrashPoint.afterRender.reach()
        return try archive(documents, saleNumber: source.detail.sale.number) { drafts in
            try database.recordOrder(.init(
                quoteNumber: quoteNumber, rank: version.rank, alternativeName: options.alternative, poNumber: options.poNumber,
                comment: options.comment, markSold: options.markSold, actingUser: options.actingUser, orderDate: options.today,
                now: options.now, documents: drafts))
        }
    }

    /// Renders HTML and UBL XML, and a PDF of the HTML when asked.
    func renderWithPDF(_ source: DocumentSource, options: DocumentOptions, pdf: Bool, templateOverride: URL?) throws -> [RenderedDocument] {
        var documents = try renderer.render(source.detail, ownCompany: source.ownCompany, images: source.images, options: options, formats: [.html, .xml], templateOverride: templateOverride)
        if pdf, let converter, let html = documents.first(where: { $0.format == .html }) {
            documents.append(try converter.pdf(of: html))
        }
        return documents
    }

    /// Stages the files, runs `record` (the database transaction), then renames the files into
    /// place; if `record` fails, the staged files are removed and nothing is left behind.
    func archive(_ documents: [RenderedDocument], saleNumber: String, record: ([DocumentDraft]) throws -> ActivityRecord) throws -> LifecycleReceipt {
        let staged = try writer.stage(documents, saleNumber: saleNumber)
        CrashPoint.afterStaging.reach()
        let drafts = staged.map { file in
            DocumentDraft(
                kind: file.document.kind, format: file.document.format, path: file.finalURL.standardizedFileURL.path,
                sha256: file.document.sha256, byteSize: Int64(file.document.bytes.count), templateName: file.document.templateName,
                templateHash: file.document.templateHash, engineVersion: file.document.engineVersion)
        }
        let activity: ActivityRecord
        do {
            activity = try record(drafts)
        } catch {
            writer.discard(staged)
            throw error
        }
        CrashPoint.afterDatabaseCommit.reach()
        let written: [WrittenDocument]
        do {
            written = try writer.commit(staged, afterEach: { index in if index == 0 { CrashPoint.afterFirstRename.reach() } })
        } catch {
            throw DocumentError(.output, "recorded as activity \(activity.activity.id ?? 0), but the files could not be put in place (\(error)); the next send, order or preview for this sale puts them in place")
        }
        CrashPoint.afterAllRenames.reach()
        return LifecycleReceipt(activity: activity, files: written.map(\.url))
    }

    /// Finishes or removes what a killed process left in a sale's folder: a temporary file whose
    /// document the database archived (same final path and hash) is renamed into place; any other
    /// temporary file is removed. Call it holding the sale's lock (``DocumentWriter/withSaleLock(_:_:)``).
    public func recoverLeftovers(saleNumber: String) throws {
        try writer.recoverLeftovers(saleNumber: saleNumber, database: database)
    }

    static func noon(of day: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + 12 * 3_600))
    }
}
