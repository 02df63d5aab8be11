import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// How an order stands in the ERP, and what quotedoc recorded because of it.
    public struct OrderStatusReport: Sendable {
        public var quoteNumber: String
        public var connectionName: String
        /// The state quotedoc knew before asking.
        public var previousState: String
        public var status: ERPOrderStatus
        /// What was recorded: the new state, the sale sold, the version lost, a new version.
        public var recorded: [String]
        /// Where the ERP's lines differ from the lines ordered (quantities, prices, lines added
        /// or removed in the ERP).
        public var differences: [String]
    }

    /// Asks the ERP how the order of quote `quoteNumber` stands (SuperOffice's GetOrderState)
    /// and records what changed, in one transaction: the state; done → the sale is sold;
    /// cancelled → the version and the sale are lost with the ERP's reason; lines the ERP
    /// changed → version n+1, sold, with the ERP's lines, its alternative the accepted one.
    /// A connector without ``ConnectorCapability/provideOrderState`` refuses.
    public func refreshOrderStatus(quoteNumber: String, acting: Acting) async throws -> OrderStatusReport {
        let (quote, tree, connection, currency) = try storage.snapshot { store in
            let quote = try Self.quote(store, number: quoteNumber)
            let connection = try Self.connection(store, named: quote.connectionName)
            try VersionLifecycle.checkOrderStatusKnown(quote, connectionName: connection.name)
            let version = try Self.activeVersion(store, of: quote)
            return (quote, try store.tree(of: version), connection, try Self.sale(store, of: quote).currency)
        }
        let connector = try connector(for: connection)
        let status = try await Self.callingERP(connection) { try await connector.orderStatus(key: quote.erpOrderKey) }
        let ordered = try tree.alternatives.first { $0.alternative.id == quote.acceptedAlternativeId }
            .map { try Self.orderLines($0, currency: currency, policy: tree.version.roundingPolicy) } ?? []
        let differences = try Self.differences(ordered: ordered, now: status.lines, currency: currency)
        let recorded = try storage.transaction { store in
            var recorded = try recordState(status, quoteNumber: quoteNumber, store: store, acting: acting)
            if !differences.isEmpty && status.state != .cancelled {
                recorded.append(try reviseFromERP(status, differences: differences, quoteNumber: quoteNumber, store: store, acting: acting))
            }
            return recorded
        }
        return OrderStatusReport(
            quoteNumber: quoteNumber, connectionName: connection.name, previousState: quote.erpOrderState, status: status,
            recorded: recorded, differences: differences)
    }

    /// Records the ERP's state of the order and what it means for the sale and the version.
    private func recordState(_ status: ERPOrderStatus, quoteNumber: String, store: any StorageWriter, acting: Acting) throws -> [String] {
        var quote = try Self.quote(store, number: quoteNumber)
        guard quote.erpOrderState != status.state.rawValue else { return [] }
        if let known = ERPOrderState(rawValue: quote.erpOrderState), known.isFinal {
            throw QuoteError(.erpRefused, "the ERP says order \(quote.erpOrderNumber) is \(status.state.rawValue), but it was \(known.rawValue) already, which is final", quote: quoteNumber)
        }
        var recorded = ["order \(quote.erpOrderNumber) is \(status.state.rawValue) in the ERP (was \(quote.erpOrderState.isEmpty ? "unknown" : quote.erpOrderState))"]
        quote.erpOrderState = status.state.rawValue
        try store.update(quote)
        var sale = try Self.sale(store, of: quote)
        switch status.state {
        case .done where sale.status == .open:
            sale.status = .sold
            try store.update(sale)
            recorded.append("sale \(sale.number) marked sold")
        case .cancelled:
            var version = try Self.activeVersion(store, of: quote)
            try VersionLifecycle.checkCancelledInERP(version, quote: quote)
            let actor = try Self.actor(store, acting, sale: sale)
            let reason = "Order \(quote.erpOrderNumber) was cancelled in the ERP" + (status.reason.isEmpty ? "" : ": \(status.reason)")
            version.state = .lost
            try store.update(version)
            try Self.recordStateChange(store, from: .sold, version: version, by: actor, at: acting.now, note: reason)
            sale.status = .lost
            try store.update(sale)
            _ = try store.append(
                SaleActivity(kind: .saleLost, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: acting.now, text: reason),
                documents: [], versionId: version.id, now: acting.now)
            recorded.append("version \(version.rank) and sale \(sale.number) lost: \(reason)")
        default:
            break
        }
        return recorded
    }

    /// Makes version n+1 of the quote as the ERP has the order now: a copy of the sold version
    /// whose accepted alternative has the ERP's lines (its products, quantities and unit prices,
    /// no discounts), sold, and accepted in place of the old one, which stays as it was ordered.
    private func reviseFromERP(_ status: ERPOrderStatus, differences: [String], quoteNumber: String, store: any StorageWriter, acting: Acting) throws -> String {
        var quote = try Self.quote(store, number: quoteNumber)
        let version = try Self.activeVersion(store, of: quote)
        try VersionLifecycle.checkERPRevision(version, quote: quote)
        var sale = try Self.sale(store, of: quote)
        let actor = try Self.actor(store, acting, sale: sale)
        let tree = try store.tree(of: version)
        guard let accepted = tree.alternatives.firstIndex(where: { $0.alternative.id == quote.acceptedAlternativeId }) else {
            throw QuoteError(.invalid, "version \(version.rank) of quote \(quoteNumber) does not hold the accepted alternative", quote: quoteNumber)
        }
        var copy = tree.draftCopy(rank: version.rank + 1)
        copy.alternatives[accepted].lines = Self.lines(status.lines, replacing: tree.alternatives[accepted].lines)
        copy.alternatives[accepted].alternative.discountPercent = .zero
        copy.alternatives[accepted].alternative.discountAmount = .zero
        copy.alternatives[accepted].alternative.valueOverride = .none
        let favouriteIndex = tree.alternatives.firstIndex { $0.alternative.id == version.favouriteAlternativeId } ?? accepted
        let inserted = try store.insert(copy, favouriteIndex: favouriteIndex)
        let note = "order \(quote.erpOrderNumber) changed in the ERP: " + differences.joined(separator: "; ")
        try Self.recordStateChange(store, from: nil, version: inserted.version, by: actor, at: acting.now, note: note)
        let priced = try Self.priceAndValidate(store, inserted, sale: sale, saleType: try Self.saleType(store, of: sale), today: acting.today)
        try store.save(priced, replacing: inserted)
        var sold = priced.version
        sold.state = .sold
        try store.update(sold)
        try Self.recordStateChange(store, from: .draft, version: sold, by: actor, at: acting.now, note: "sold as the ERP has order \(quote.erpOrderNumber)")
        let acceptedNow = priced.alternatives[accepted].alternative
        quote.acceptedAlternativeId = acceptedNow.id
        try store.update(quote)
        sale.amount = acceptedNow.totalPrice
        try store.update(sale)
        return "version \(sold.rank) made with the ERP's lines, sold; alternative '\(acceptedNow.name)' accepted in it (version \(version.rank) stays as ordered)"
    }

    /// The ERP's lines as quote lines: each keeps what the quote line of the same product had
    /// (name, unit, cost, VAT…) and takes the ERP's quantity and unit price, without discounts.
    static func lines(_ erpLines: [ERPOrderLine], replacing old: [QuoteLine]) -> [QuoteLine] {
        var unused = old
        return erpLines.enumerated().map { index, erpLine in
            var line: QuoteLine
            if let match = unused.firstIndex(where: { !erpLine.productKey.isEmpty && $0.erpProductKey == erpLine.productKey }) {
                line = unused.remove(at: match)
            } else {
                line = QuoteLine(
                    alternativeId: 0, rank: 0, erpProductKey: erpLine.productKey, code: erpLine.code,
                    name: erpLine.description.isEmpty ? erpLine.code : erpLine.description, unitListPrice: erpLine.unitPrice, quantity: erpLine.quantity)
            }
            line.id = nil
            line.rank = index + 1
            line.quantity = erpLine.quantity
            line.isSubscription = false
            line.subscriptionQuantity = nil
            line.unitListPrice = erpLine.unitPrice
            line.discountPercent = .zero
            line.discountAmount = .zero
            line.valueOverride = .none
            return line
        }
    }

    /// The differences between the lines ordered and the ERP's lines now, matched in order. A
    /// price differs when the line's amount at the ERP's quantity differs in the currency's
    /// smallest unit (unit prices to 4 decimals may differ below that).
    static func differences(ordered: [ERPOrderLine], now: [ERPOrderLine], currency: Currency) throws -> [String] {
        var result: [String] = []
        let label = { (line: ERPOrderLine) in line.code.isEmpty ? "'\(line.description)'" : line.code }
        for index in 0..<max(ordered.count, now.count) {
            switch (index < ordered.count ? ordered[index] : nil, index < now.count ? now[index] : nil) {
            case let (was?, current?):
                if was.productKey != current.productKey {
                    result.append("line \(index + 1): product \(label(was)) → \(label(current))")
                    continue
                }
                if was.quantity != current.quantity { result.append("line \(index + 1) (\(label(current))): quantity \(was.quantity) → \(current.quantity)") }
                if try currency.rounded(was.unitPrice * current.quantity) != currency.rounded(current.unitPrice * current.quantity) {
                    result.append("line \(index + 1) (\(label(current))): unit price \(was.unitPrice) → \(current.unitPrice)")
                }
            case let (was?, nil):
                result.append("line \(index + 1) (\(label(was))) was removed in the ERP")
            case let (nil, current?):
                result.append("line \(index + 1) (\(label(current))) was added in the ERP: \(current.quantity) × \(current.unitPrice)")
            case (nil, nil):
                break
            }
        }
        return result
    }
}
