import Foundation
import QuoteConnectors
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// How to place an order.
    public struct OrderOptions: Sendable {
        public var alternative: String
        public var poNumber: String
        public var comment: String
        public var markSold: Bool
        public var culture: String?
        public var pdf: Bool
        /// The kind of UBL confirmation; nil for the sale type's.
        public var profile: ConfirmationProfile?
        /// Also write an `.eml` e-mail to the contact with the confirmation attached.
        public var email: Bool
        /// The e-mail's recipient instead of the contact's address (see ``MailParties``).
        public var recipient: String?
        public var acting: Acting

        public init(alternative: String, poNumber: String = "", comment: String = "", markSold: Bool = false, culture: String? = nil,
                    pdf: Bool = false, profile: ConfirmationProfile? = nil, email: Bool = false, recipient: String? = nil, acting: Acting) {
            self.alternative = alternative
            self.poNumber = poNumber
            self.comment = comment
            self.markSold = markSold
            self.culture = culture
            self.pdf = pdf
            self.profile = profile
            self.email = email
            self.recipient = recipient
            self.acting = acting
        }
    }

    /// Places the order of quote `quoteNumber` on one alternative: renders the order
    /// confirmation; places the order in the ERP when the quote's connector can
    /// (``ConnectorCapability/placeOrder``); then in one transaction sets the accepted
    /// alternative, PO number and comment and the ERP's order key, makes the version sold (the
    /// quote locked), archives the confirmation with one "order placed" activity, and marks the
    /// sale sold when asked; then the files are put in place. With ``OrderOptions/email`` the
    /// e-mail's sender and recipient are settled before anything else, and the mail (archived with
    /// the confirmation) carries every document.
    ///
    /// The ERP finds its order by a key fixed before it is called (``ERPOrder/idempotencyKey``),
    /// so running the command again after a timeout, a crash or a refusal never makes a second
    /// order; when the ERP fails, nothing is recorded.
    @discardableResult
    public func placeOrder(quoteNumber: String, options: OrderOptions, output: DocumentOutput, templateOverride: URL? = nil) async throws -> LifecycleReceipt {
        UBLSchemas.prepare(for: .orderConfirmation, validation: output.renderer.validation)
        let saleNumber = try saleNumber(ofQuote: quoteNumber)
        return try await output.writer.withSaleLock(saleNumber) {
            try output.recoverLeftovers(saleNumber: saleNumber, storage: storage)
            var source = try storage.snapshot { store in try store.documentSource(quoteNumber: quoteNumber, version: nil) }
            let version = source.detail.version.version
            try VersionLifecycle.checkOrderable(version, quote: source.detail.quote, sale: source.detail.sale)
            let accepted = try Self.alternative(named: options.alternative, in: source.detail.version, quoteNumber: quoteNumber)
            source.detail.quote.acceptedAlternativeId = accepted.alternative.id
            source.detail.quote.poNumber = options.poNumber
            source.detail.quote.orderComment = options.comment
            source.detail.quote.orderDate = options.acting.today
            source.detail.version.version.state = .sold
            let mailParties = try options.email ? MailParties(detail: source.detail, ownCompany: source.ownCompany, recipient: options.recipient) : nil
            let documentOptions = DocumentOptions(
                kind: .orderConfirmation, culture: source.culture(requested: options.culture), issueDate: options.acting.today, profile: options.profile)
            var documents = try output.render(source, options: documentOptions, pdf: options.pdf, templateOverride: templateOverride)
            if let mailParties {
                documents.append(try output.renderer.renderMail(
                    source.detail, ownCompany: source.ownCompany, fields: source.fields, options: documentOptions, parties: mailParties,
                    attachments: documents, now: options.acting.now))
            }
            CrashPoint.afterRender.reach()
            let erpOrder = try await placeInERP(source.detail, accepted: accepted, options: options)
            CrashPoint.afterERPOrder.reach()
            return try output.archive(documents, saleNumber: saleNumber) { drafts in
                try recordOrder(quoteNumber: quoteNumber, rank: version.rank, drafts: drafts, options: options, erpOrder: erpOrder)
            }
        }
    }

    /// The alternative the order accepts, by name, with its lines.
    static func alternative(named name: String, in tree: VersionWithAlternatives, quoteNumber: String) throws -> AlternativeWithLines {
        guard let accepted = tree.alternatives.first(where: { $0.alternative.name == name }) else {
            let names = tree.alternatives.map { "'\($0.alternative.name)'" }.joined(separator: ", ")
            throw QuoteError(.notFound, "quote \(quoteNumber) has no alternative '\(name)' (it has \(names))", value: name, quote: quoteNumber)
        }
        return accepted
    }

    /// Places the order in the ERP of the quote's connection; nil when its connector places no
    /// orders (the standalone one).
    private func placeInERP(_ detail: QuoteDetail, accepted: AlternativeWithLines, options: OrderOptions) async throws -> ERPOrderReceipt? {
        let connection = try storage.snapshot { store in try Self.connection(store, named: detail.quote.connectionName) }
        let connector = try connector(for: connection)
        guard type(of: connector).descriptor.can(.placeOrder) else { return nil }
        let order = ERPOrder(
            idempotencyKey: ERPOrder.idempotencyKey(clientKey: connection.clientKey, quoteNumber: detail.quote.number, version: detail.version.version.rank),
            quoteNumber: detail.quote.number, versionNumber: detail.version.version.rank,
            customer: try await erpCustomer(detail, connection: connection, user: options.acting.user, now: options.acting.now),
            currency: detail.sale.currency,
            poNumber: options.poNumber, comment: options.comment, date: options.acting.today,
            lines: try Self.orderLines(accepted, currency: detail.sale.currency, policy: detail.version.version.roundingPolicy))
        return try await Self.callingERP(connection) { try await connector.placeOrder(order) }
    }

    /// The lines an ERP receives for an alternative: one per quote line, at the price of one
    /// unit after the line's discount and its share of the alternative's discount (the line's
    /// figure on the documents, divided by its quantity, to 4 decimals: an ERP's usual price
    /// precision, so the ERP's total can differ from the quote's by a rounding).
    static func orderLines(_ tree: AlternativeWithLines, currency: Currency, policy: RoundingPolicy) throws -> [ERPOrderLine] {
        let figures = try PriceCalculator(currency: currency, policy: policy).price(tree).lineFigures
        return try zip(tree.lines, figures).map { line, figure in
            let quantity = try line.billedQuantity
            let unitPrice = try figure.totalPriceWithAlternativeDiscount.divided(by: quantity, scale: 4) ?? line.unitListPrice
            return ERPOrderLine(
                productKey: line.erpProductKey, code: line.code, description: line.description.isEmpty ? line.name : line.name + " — " + line.description,
                quantity: quantity, unitPrice: unitPrice)
        }
    }

    /// How the activity names the ERP's order, and whether an earlier attempt had made it.
    private func erpOrderText(_ receipt: ERPOrderReceipt, connectionName: String) -> String {
        "; ERP order \(receipt.number) (key \(receipt.key), \(receipt.state.rawValue)) on connection '\(connectionName)'"
            + (receipt.wasAlreadyPlaced ? ", found from an earlier attempt" : "")
    }

    private func recordOrder(quoteNumber: String, rank: Int, drafts: [DocumentDraft], options: OrderOptions, erpOrder: ERPOrderReceipt?) throws -> ActivityRecord {
        try storage.transaction { store in
            var quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            guard version.rank == rank else {
                throw QuoteError(.versionChanged, "quote \(quoteNumber) has version \(version.rank) now", value: "\(version.rank)", quote: quoteNumber)
            }
            var sale = try Self.sale(store, of: quote)
            try VersionLifecycle.checkOrderable(version, quote: quote, sale: sale)
            let accepted = try Self.alternative(named: options.alternative, in: try store.tree(of: version), quoteNumber: quoteNumber).alternative
            let actor = try Self.actor(store, options.acting, sale: sale)
            quote.acceptedAlternativeId = accepted.id
            quote.poNumber = options.poNumber
            quote.orderComment = options.comment
            quote.orderDate = options.acting.today
            if let erpOrder {
                quote.erpOrderKey = erpOrder.key
                quote.erpOrderNumber = erpOrder.number
                quote.erpOrderState = erpOrder.state.rawValue
            }
            try store.update(quote)
            let before = version.state
            version.state = .sold
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: actor, at: options.acting.now, note: "order placed on '\(options.alternative)'")
            let activity = try store.append(
                SaleActivity(kind: .orderPlaced, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: options.acting.now,
                             text: "Order placed on quote \(quoteNumber) version \(version.rank), alternative '\(options.alternative)'"
                                + (erpOrder.map { erpOrderText($0, connectionName: quote.connectionName) } ?? "")),
                documents: drafts, versionId: version.id, now: options.acting.now)
            sale.amount = accepted.totalPrice
            if options.markSold { sale.status = .sold }
            try store.update(sale)
            return try Self.activityRecord(store, id: activity.id!)
        }
    }
}
