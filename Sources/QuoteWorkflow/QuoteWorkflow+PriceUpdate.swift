import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Refreshes the list price, cost and minimum price of the active draft's lines from where
    /// their products come from: on the standalone connection the catalogue product each line was
    /// copied from, on an ERP connection the ERP's product (and its price for this customer and
    /// quantity when the connector computes prices). A product no longer in the catalogue or the
    /// ERP (retired or removed) is reported and its line left as it is; free-text lines are
    /// skipped. The version is repriced and revalidated in one transaction, or with `dryRun` only
    /// computed, nothing saved. A frozen version is refused before the ERP is asked anything.
    public func updatePrices(quoteNumber: String, dryRun: Bool = false, acting: Acting) async throws -> PriceUpdate {
        let (connection, detail) = try connectionAndDetail(quoteNumber: quoteNumber)
        try VersionLifecycle.checkEditable(detail.version.version, quoteNumber: quoteNumber)
        let fromCatalogue = connection.connectorName == StandaloneConnector.descriptor.name
        let erpSources = fromCatalogue ? [:] : try await erpPriceSources(connection, detail, today: acting.today)
        let (saved, report) = try edit(quoteNumber: quoteNumber, acting: acting, note: "prices updated", saving: !dryRun) { tree, _, store in
            let sources = fromCatalogue ? try Self.catalogueSources(store, tree) : erpSources
            return tree.updatePrices { line in line.id.flatMap { sources[$0] } ?? .noProduct }
        }
        return PriceUpdate(
            detail: saved, changes: report.changes, problems: report.problems,
            source: fromCatalogue ? "the catalogue" : "the ERP of connection '\(connection.name)'", saved: !dryRun)
    }

    /// What the catalogue says of each line's product, by line id: its prices now, or that it
    /// was retired or removed. Lines without a product have no entry.
    static func catalogueSources(_ store: any StorageReader, _ tree: VersionWithAlternatives) throws -> [Int64: LinePriceSource] {
        let lines = tree.alternatives.flatMap(\.lines).filter { $0.id != nil && $0.productId != nil }
        let products = Dictionary(uniqueKeysWithValues: try store.products(ids: Set(lines.compactMap(\.productId))).map { ($0.id!, $0) })
        var sources: [Int64: LinePriceSource] = [:]
        for line in lines {
            guard let product = products[line.productId!], !product.isRemoved else {
                sources[line.id!] = .unavailable(reason: "its product was removed from the catalogue")
                continue
            }
            guard product.inAssortment else {
                sources[line.id!] = .unavailable(reason: "product \(product.code) is retired (out of the assortment)")
                continue
            }
            sources[line.id!] = .prices([.listPrice: product.unitListPrice, .cost: product.unitCost, .minimumPrice: product.unitMinimumPrice])
        }
        return sources
    }

    /// What the ERP of `connection` says of each line's product, by line id: its list price (the
    /// price for this customer and quantity when the connector computes prices), and its cost and
    /// minimum price when the connector provides them; or that the ERP no longer has or sells it.
    /// Lines without an ERP product have no entry.
    private func erpPriceSources(_ connection: ERPConnection, _ detail: QuoteDetail, today: LocalDate) async throws -> [Int64: LinePriceSource] {
        let connector = try connector(for: connection)
        let descriptor = type(of: connector).descriptor
        let lines = detail.version.alternatives.flatMap(\.lines).filter { $0.id != nil && !$0.erpProductKey.isEmpty }
        var products: [String: LinePriceSource] = [:]
        for code in Set(lines.map(\.code)).sorted() {
            do {
                let product = try await Self.callingERP(connection) { try await connector.product(code: code) }
                guard product.isActive else {
                    products[code] = .unavailable(reason: "the ERP of connection '\(connection.name)' no longer sells product \(code)")
                    continue
                }
                var prices: [LinePriceField: ExactDecimal?] = [.listPrice: product.unitListPrice]
                if descriptor.can(.provideCost) { prices[.cost] = product.unitCost }
                if descriptor.can(.provideMinimumPrice) { prices[.minimumPrice] = product.unitMinimumPrice }
                products[code] = .prices(prices)
            } catch let error as QuoteError where error.code == .notFound {
                products[code] = .unavailable(reason: "the ERP of connection '\(connection.name)' has no product \(code)")
            }
        }
        var sources = Dictionary(uniqueKeysWithValues: lines.map { ($0.id!, products[$0.code] ?? .noProduct) })
        let unavailable = Set(sources.compactMap { id, source in if case .unavailable = source { id } else { nil } })
        for (id, price) in try await erpPrices(quoteNumber: detail.quote.number, today: today, excluding: unavailable) {
            if case .prices(var prices) = sources[id] {
                prices[.listPrice] = price
                sources[id] = .prices(prices)
            }
        }
        return sources
    }
}
