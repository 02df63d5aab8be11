import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Applies `change` to the active version of quote `quoteNumber`, then reprices every
    /// alternative, validates the version, saves it and sets the sale's amount to the favourite's
    /// total, all in one transaction: a failure anywhere changes nothing. Only a draft can be
    /// edited; a move into or out of needsApproval is recorded with who made it. Returns the
    /// quote as saved and what `change` returned; an error `change` throws reaches the caller as
    /// it was thrown.
    @discardableResult
    public func edit<Result>(
        quoteNumber: String, acting: Acting, note: String = "edited",
        _ change: (inout VersionWithAlternatives, EditContext) throws -> Result
    ) throws -> (detail: QuoteDetail, result: Result) {
        try edit(quoteNumber: quoteNumber, acting: acting, note: note, saving: true) { tree, context, _ in try change(&tree, context) }
    }

    /// ``edit(quoteNumber:acting:note:_:)`` for a change that reads the store it runs in. When
    /// `saving` is false nothing is written: the detail returned shows the version (and the
    /// sale's amount) as the edit would leave them.
    func edit<Result>(
        quoteNumber: String, acting: Acting, note: String, saving: Bool,
        _ change: (inout VersionWithAlternatives, EditContext, any StorageReader) throws -> Result
    ) throws -> (detail: QuoteDetail, result: Result) {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            let version = try Self.activeVersion(store, of: quote)
            try VersionLifecycle.checkEditable(version, quoteNumber: quoteNumber)
            try Self.checkRevision(store, version, expected: acting.expectedRevision, quoteNumber: quoteNumber)
            var sale = try Self.sale(store, of: quote)
            let saleType = try Self.saleType(store, of: sale)
            let original = try store.tree(of: version)
            var tree = original
            let result = try change(&tree, EditContext(quote: quote, sale: sale, saleType: saleType, fields: try store.fieldConfiguration(), settings: try store.settings()), store)
            var priced = try Self.priceAndValidate(store, tree, sale: sale, saleType: saleType, today: acting.today)
            var unchanged = priced
            unchanged.version.state = original.version.state
            priced.version.state = VersionLifecycle.stateAfterEdit(original.version.state, status: priced.version.status, changed: unchanged != original)
            sale.amount = priced.favourite?.alternative.totalPrice ?? .zero
            guard saving else {
                var detail = try store.quoteDetail(number: quoteNumber, version: nil)
                detail.version = priced
                detail.sale = sale
                return (detail, result)
            }
            let actor = try Self.actor(store, acting, sale: sale)
            if unchanged != original {
                priced.version.revision = original.version.revision + 1
                priced.version.revisedById = actor.id
                priced.version.revisedAt = acting.now
            }
            try store.save(priced, replacing: original)
            if priced.version.state != original.version.state {
                try Self.recordStateChange(store, from: original.version.state, version: priced.version, by: actor, at: acting.now, note: note)
            }
            try store.update(sale)
            return (try store.quoteDetail(number: quoteNumber, version: nil), result)
        }
    }

    /// Reprices and revalidates the active version without changing anything else; on a
    /// connection whose connector computes prices, every line with an ERP product gets the ERP's
    /// list price for its customer and quantity first.
    @discardableResult
    public func recalculate(quoteNumber: String, acting: Acting) async throws -> QuoteDetail {
        let prices = try await erpPrices(quoteNumber: quoteNumber, today: acting.today)
        return try edit(quoteNumber: quoteNumber, acting: acting, note: "recalculated") { tree, _ in
            for alternative in tree.alternatives.indices {
                for line in tree.alternatives[alternative].lines.indices {
                    if let id = tree.alternatives[alternative].lines[line].id, let price = prices[id] {
                        tree.alternatives[alternative].lines[line].unitListPrice = price
                    }
                }
            }
        }.detail
    }

    /// The tree with every alternative priced by the version's rounding policy in the sale's
    /// currency, and validated against its products, price lists and sale type on `today`.
    static func priceAndValidate(_ store: any StorageReader, _ tree: VersionWithAlternatives, sale: Sale, saleType: SaleType, today: LocalDate) throws -> VersionWithAlternatives {
        let calculator = PriceCalculator(currency: sale.currency, policy: tree.version.roundingPolicy)
        var priced = tree
        for index in priced.alternatives.indices {
            priced.alternatives[index] = try calculator.price(priced.alternatives[index]).alternative
        }
        let productIds = Set(priced.alternatives.flatMap { $0.lines.compactMap(\.productId) })
        let products = try store.products(ids: productIds)
        let priceLists = try store.priceLists(ids: Set(products.map(\.priceListId)))
        let context = ValidationContext(
            saleCurrency: sale.currency, saleType: saleType, today: today,
            products: Dictionary(uniqueKeysWithValues: products.map { ($0.id!, $0) }),
            priceLists: Dictionary(uniqueKeysWithValues: priceLists.map { ($0.id!, $0) }))
        do {
            return try QuoteValidator(context: context).validated(priced)
        } catch {
            throw QuoteError(.invalid, "the version cannot be validated: \(error)")
        }
    }
}
