import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Products of connection `connectionName` whose code or name contains `text`: the ERP's for
    /// an ERP connection, the local price lists' for the standalone one.
    public func searchProducts(connectionName: String, matching text: String, limit: Int = 100) async throws -> [ConnectorProduct] {
        let connection = try storage.snapshot { store in try Self.connection(store, named: connectionName) }
        let connector = try connector(for: connection)
        return try await Self.callingERP(connection) { try await connector.searchProducts(matching: text, limit: limit) }
    }

    /// A new line copying product `code` from the quote's connection, for `quantity` units: for
    /// an ERP connection, the ERP's name, unit, list price and VAT, its cost and minimum price
    /// when the connector provides them, and its price for this customer and quantity when it
    /// computes prices; for the standalone connection, the local product (of price list
    /// `priceListName` when the code is in several).
    public func productLine(quoteNumber: String, code: String, priceListName: String? = nil, quantity: ExactDecimal, today: LocalDate) async throws -> QuoteLine {
        let (connection, detail) = try connectionAndDetail(quoteNumber: quoteNumber)
        if connection.connectorName == StandaloneConnector.descriptor.name {
            let product = try storage.snapshot { store in try store.product(code: code, priceListName: priceListName) }
            return QuoteLine(copying: product, alternativeId: 0, rank: 0, quantity: quantity)
        }
        let connector = try connector(for: connection)
        let descriptor = type(of: connector).descriptor
        if priceListName != nil {
            throw QuoteError(.invalid, "quote \(quoteNumber) is priced by connection '\(connection.name)': its products come from the ERP, not from a price list", quote: quoteNumber)
        }
        let product = try await Self.callingERP(connection) { try await connector.product(code: code) }
        guard product.isActive else {
            throw QuoteError(.erpRefused, "the ERP of connection '\(connection.name)' no longer sells product \(code) (\(product.name))", value: code, quote: quoteNumber)
        }
        var line = QuoteLine(
            alternativeId: 0, rank: 0, erpProductKey: product.key, code: product.code, name: product.name, description: product.description,
            quantityUnit: product.unit, priceUnit: product.unit, productCategory: product.category, vatPercent: product.vatPercent ?? .zero,
            unitCost: descriptor.can(.provideCost) ? product.unitCost : nil,
            unitMinimumPrice: descriptor.can(.provideMinimumPrice) ? product.unitMinimumPrice : nil,
            unitListPrice: product.unitListPrice, quantity: quantity)
        if descriptor.can(.computePrice) {
            let request = PriceRequest(productKey: product.key, quantity: quantity, customer: try await erpCustomer(detail, connection: connection, user: nil, now: Date()), currency: detail.sale.currency, date: today)
            line.unitListPrice = try await Self.callingERP(connection) { try await connector.prices([request]) }.first ?? line.unitListPrice
        }
        return line
    }

    /// The ERP's prices for every line of the active version that has an ERP product (but the
    /// lines `excluded`), keyed by line id; empty for a connector that does not compute prices. A
    /// product the ERP no longer has is an error naming the line.
    func erpPrices(quoteNumber: String, today: LocalDate, excluding excluded: Set<Int64> = []) async throws -> [Int64: ExactDecimal] {
        let (connection, detail) = try connectionAndDetail(quoteNumber: quoteNumber)
        let connector = try connector(for: connection)
        guard type(of: connector).descriptor.can(.computePrice) else { return [:] }
        let lines = detail.version.alternatives.flatMap(\.lines).filter { !$0.erpProductKey.isEmpty && $0.id != nil && !excluded.contains($0.id!) }
        guard !lines.isEmpty else { return [:] }
        let customer = try await erpCustomer(detail, connection: connection, user: nil, now: Date())
        let requests = try lines.map { line in
            PriceRequest(productKey: line.erpProductKey, quantity: try line.billedQuantity, customer: customer, currency: detail.sale.currency, date: today)
        }
        let prices: [ExactDecimal]
        do {
            prices = try await Self.callingERP(connection) { try await connector.prices(requests) }
        } catch let error as QuoteError where error.code == .notFound {
            guard let line = lines.first(where: { $0.erpProductKey == error.value }) else { throw error }
            let alternative = detail.version.alternatives.first { $0.lines.contains(line) }?.alternative.name ?? ""
            throw QuoteError(
                .erpRefused,
                "line \(line.rank) (\(line.code) \(line.name)) of alternative '\(alternative)': the ERP of connection '\(connection.name)' "
                    + "no longer has its product (\(error.message)); remove the line or replace its product",
                value: line.code, quote: quoteNumber)
        }
        guard prices.count == lines.count else {
            throw QuoteError(.erpRefused, "the ERP of connection '\(connection.name)' priced \(prices.count) of \(lines.count) lines", quote: quoteNumber)
        }
        return Dictionary(uniqueKeysWithValues: zip(lines.map { $0.id! }, prices))
    }

    /// `company` as the ERP of `connection` is asked for it: by the party sync linked it to,
    /// else by its code and name.
    func customer(_ company: Company, on connection: ERPConnection) throws -> ConnectorCustomer {
        let link = try storage.snapshot { store in try store.partyLinks(companyId: company.id ?? 0) }.first { $0.connectionId == connection.id }
        return ConnectorCustomer(code: company.code, name: company.name, partyKey: link?.partyKey)
    }

    /// The connection of quote `quoteNumber` and the quote as it is now, read together.
    func connectionAndDetail(quoteNumber: String) throws -> (ERPConnection, QuoteDetail) {
        try storage.snapshot { store in
            let quote = try Self.quote(store, number: quoteNumber)
            return (try Self.connection(store, named: quote.connectionName), try store.quoteDetail(number: quoteNumber, version: nil))
        }
    }
}
