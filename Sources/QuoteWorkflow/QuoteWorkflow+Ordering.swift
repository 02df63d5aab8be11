import Foundation
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
        public var acting: Acting

        public init(alternative: String, poNumber: String = "", comment: String = "", markSold: Bool = false, culture: String? = nil,
                    pdf: Bool = false, acting: Acting) {
            self.alternative = alternative
            self.poNumber = poNumber
            self.comment = comment
            self.markSold = markSold
            self.culture = culture
            self.pdf = pdf
            self.acting = acting
        }
    }

    /// Places the order of quote `quoteNumber` on one alternative: renders the order
    /// confirmation, then in one transaction sets the accepted alternative, PO number and comment,
    /// makes the version sold (the quote locked), archives the confirmation with one "order
    /// placed" activity, and marks the sale sold when asked; then the files are put in place.
    @discardableResult
    public func placeOrder(quoteNumber: String, options: OrderOptions, output: DocumentOutput, templateOverride: URL? = nil) throws -> LifecycleReceipt {
        UBLSchemas.prepare(for: .orderConfirmation)
        let saleNumber = try saleNumber(ofQuote: quoteNumber)
        return try output.writer.withSaleLock(saleNumber) {
            try output.recoverLeftovers(saleNumber: saleNumber, storage: storage)
            var source = try storage.snapshot { store in try store.documentSource(quoteNumber: quoteNumber, version: nil) }
            let version = source.detail.version.version
            try VersionLifecycle.checkOrderable(version, quote: source.detail.quote, sale: source.detail.sale)
            let accepted = try Self.alternative(named: options.alternative, in: source.detail.version, quoteNumber: quoteNumber)
            source.detail.quote.acceptedAlternativeId = accepted.id
            source.detail.quote.poNumber = options.poNumber
            source.detail.quote.orderComment = options.comment
            source.detail.quote.orderDate = options.acting.today
            source.detail.version.version.state = .sold
            let documents = try output.render(
                source, options: DocumentOptions(kind: .orderConfirmation, culture: options.culture, issueDate: options.acting.today),
                pdf: options.pdf, templateOverride: templateOverride)
            CrashPoint.afterRender.reach()
            return try output.archive(documents, saleNumber: saleNumber) { drafts in
                try recordOrder(quoteNumber: quoteNumber, rank: version.rank, drafts: drafts, options: options)
            }
        }
    }

    /// The alternative the order accepts, by name.
    static func alternative(named name: String, in tree: VersionWithAlternatives, quoteNumber: String) throws -> QuoteAlternative {
        guard let accepted = tree.alternatives.first(where: { $0.alternative.name == name }) else {
            let names = tree.alternatives.map { "'\($0.alternative.name)'" }.joined(separator: ", ")
            throw QuoteError(.notFound, "quote \(quoteNumber) has no alternative '\(name)' (it has \(names))", value: name, quote: quoteNumber)
        }
        return accepted.alternative
    }

    private func recordOrder(quoteNumber: String, rank: Int, drafts: [DocumentDraft], options: OrderOptions) throws -> ActivityRecord {
        try storage.transaction { store in
            var quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            guard version.rank == rank else {
                throw QuoteError(.versionChanged, "quote \(quoteNumber) has version \(version.rank) now", value: "\(version.rank)", quote: quoteNumber)
            }
            var sale = try Self.sale(store, of: quote)
            try VersionLifecycle.checkOrderable(version, quote: quote, sale: sale)
            let accepted = try Self.alternative(named: options.alternative, in: try store.tree(of: version), quoteNumber: quoteNumber)
            let actor = try Self.actor(store, options.acting, sale: sale)
            quote.acceptedAlternativeId = accepted.id
            quote.poNumber = options.poNumber
            quote.orderComment = options.comment
            quote.orderDate = options.acting.today
            try store.update(quote)
            let before = version.state
            version.state = .sold
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: actor, at: options.acting.now, note: "order placed on '\(options.alternative)'")
            let activity = try store.append(
                SaleActivity(kind: .orderPlaced, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: options.acting.now,
                             text: "Order placed on quote \(quoteNumber) version \(version.rank), alternative '\(options.alternative)'"),
                documents: drafts, versionId: version.id, now: options.acting.now)
            sale.amount = accepted.totalPrice
            if options.markSold { sale.status = .sold }
            try store.update(sale)
            return try Self.activityRecord(store, id: activity.id!)
        }
    }
}
