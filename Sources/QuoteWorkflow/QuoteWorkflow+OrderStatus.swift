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
        /// What was recorded: the new state, the sale sold, the version lost.
        public var recorded: [String]
        /// Where the ERP's lines differ from the lines ordered (quantities, prices, lines added
        /// or removed in the ERP).
        public var differences: [String]
    }

    /// Asks the ERP how the order of quote `quoteNumber` stands (SuperOffice's GetOrderState)
    /// and records what changed, in one transaction: the state; done → the sale is sold;
    /// cancelled → the version and the sale are lost with the ERP's reason. Lines the ERP changed
    /// are reported. Needs a connector that ``ConnectorCapability/provideOrderState``.
    public func refreshOrderStatus(quoteNumber: String, acting: Acting) async throws -> OrderStatusReport {
        let (quote, tree, connection, currency) = try storage.snapshot { store in
            let quote = try Self.quote(store, number: quoteNumber)
            let connection = try Self.connection(store, named: quote.connectionName)
            try VersionLifecycle.checkOrderStatusKnown(quote, connectionName: connection.name)
            let version = try Self.activeVersion(store, of: quote)
            return (quote, try store.tree(of: version), connection, try Self.sale(store, of: quote).currency)
        }
        let connector = try connector(for: connection)
        guard type(of: connector).descriptor.can(.provideOrderState) else {
            throw type(of: connector).missing(.provideOrderState)
        }
        let status = try await Self.callingERP(connection) { try await connector.orderStatus(key: quote.erpOrderKey) }
        let ordered = try tree.alternatives.first { $0.alternative.id == quote.acceptedAlternativeId }
            .map { try Self.orderLines($0, currency: currency, policy: tree.version.roundingPolicy) } ?? []
        let differences = Self.differences(ordered: ordered, now: status.lines)
        let recorded = try storage.transaction { store in
            try record(status, quoteNumber: quoteNumber, store: store, acting: acting)
        }
        return OrderStatusReport(
            quoteNumber: quoteNumber, connectionName: connection.name, previousState: quote.erpOrderState, status: status,
            recorded: recorded, differences: differences)
    }

    private func record(_ status: ERPOrderStatus, quoteNumber: String, store: any StorageWriter, acting: Acting) throws -> [String] {
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

    /// The differences between the lines ordered and the ERP's lines now, matched in order.
    static func differences(ordered: [ERPOrderLine], now: [ERPOrderLine]) -> [String] {
        var result: [String] = []
        for index in 0..<max(ordered.count, now.count) {
            let label = { (line: ERPOrderLine) in line.code.isEmpty ? "'\(line.description)'" : line.code }
            switch (index < ordered.count ? ordered[index] : nil, index < now.count ? now[index] : nil) {
            case let (was?, current?):
                if was.quantity != current.quantity { result.append("line \(index + 1) (\(label(current))): quantity \(was.quantity) → \(current.quantity)") }
                if was.unitPrice != current.unitPrice { result.append("line \(index + 1) (\(label(current))): unit price \(was.unitPrice) → \(current.unitPrice)") }
                if was.productKey != current.productKey { result.append("line \(index + 1): product \(label(was)) → \(label(current))") }
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
