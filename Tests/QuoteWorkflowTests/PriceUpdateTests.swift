import Foundation
import QuoteConnectors
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

/// An ERP held in memory: products by code, and the price it computes for the customer by
/// product key. Tests change both between calls.
struct InMemoryERPConnector: QuoteConnector {
    static let descriptor = ConnectorDescriptor(
        name: "memory-erp", displayName: "In-memory ERP", summary: "products and customer prices held by the test",
        capabilities: [.provideCost, .computePrice], fields: [])

    nonisolated(unsafe) static var products: [String: ConnectorProduct] = [:]
    nonisolated(unsafe) static var customerPrices: [String: ExactDecimal] = [:]

    init(settings: ConnectionSettings, context: ConnectorContext) {}

    func test() async throws -> String { "in-memory ERP ready" }

    func product(code: String) async throws -> ConnectorProduct {
        guard let product = Self.products[code] else { throw QuoteError(.notFound, "no product '\(code)'", value: code) }
        return product
    }

    func prices(_ requests: [PriceRequest]) async throws -> [ExactDecimal] {
        try requests.map { request in
            guard let price = Self.customerPrices[request.productKey] else { throw QuoteError(.notFound, "no product '\(request.productKey)'", value: request.productKey) }
            return price
        }
    }
}

/// `updatePrices`: the catalogue's or the ERP's current figures reach a draft's lines, which are
/// repriced; products no longer to be had are reported; a dry run and a frozen version change nothing.
final class PriceUpdateTests: WorkflowTestCase {
    /// Changes the widget in the catalogue behind the workflow's back (as an import would).
    private func setCatalogue(_ change: (inout Product) -> Void) throws {
        try storage.transaction { store in
            var product = try store.product(code: "W1", priceListName: nil)
            change(&product)
            try store.update(product)
        }
    }

    func testCatalogueChangesReachTheLinesAndRepriceTheVersion() async throws {
        try addWidgets(quantity: 2, price: 13)
        try workflow.edit(quoteNumber: "S1", acting: acting()) { version, _ in
            version.appendLine(QuoteLine(alternativeId: 0, rank: 0, name: "Installation", unitCost: 20, unitListPrice: 40, quantity: 1), to: 0)
        }
        try setCatalogue { $0.unitListPrice = 15; $0.unitCost = 11; $0.unitMinimumPrice = 12 }
        let update = try await workflow.updatePrices(quoteNumber: "S1", acting: acting())
        XCTAssertEqual(update.changes, [
            LinePriceChange(alternative: "Standard", rank: 1, code: "W1", field: .listPrice, old: 13, new: 15),
            LinePriceChange(alternative: "Standard", rank: 1, code: "W1", field: .cost, old: 10, new: 11),
            LinePriceChange(alternative: "Standard", rank: 1, code: "W1", field: .minimumPrice, old: nil, new: 12),
        ], "the free-text line is skipped")
        XCTAssertEqual(update.problems, [])
        XCTAssertTrue(update.saved)
        let saved = try workflow.quote(number: "S1")
        XCTAssertEqual(saved.version.alternatives[0].lines[0].totalPrice, 30)
        XCTAssertEqual(saved.version.alternatives[0].alternative.totalPrice, 70, "2 × 15 + 40")
        XCTAssertEqual(saved.sale.amount, 70)
        XCTAssertEqual(saved.version.alternatives[0].lines[1].unitListPrice, 40)
    }

    func testADryRunReportsTheSameAndSavesNothing() async throws {
        try addWidgets()
        try setCatalogue { $0.unitListPrice = 15 }
        let before = try workflow.quote(number: "S1")
        let update = try await workflow.updatePrices(quoteNumber: "S1", dryRun: true, acting: acting())
        XCTAssertFalse(update.saved)
        XCTAssertEqual(update.changes.map(\.new), [15])
        XCTAssertEqual(update.detail.version.alternatives[0].alternative.totalPrice, 30, "the totals the update would give")
        XCTAssertEqual(try workflow.quote(number: "S1"), before)
    }

    func testARetiredProductIsReportedAndItsLineKept() async throws {
        try addWidgets()
        try setCatalogue { $0.unitListPrice = 15; $0.inAssortment = false }
        let retired = try await workflow.updatePrices(quoteNumber: "S1", acting: acting())
        XCTAssertEqual(retired.changes, [])
        XCTAssertEqual(retired.problems, [LinePriceProblem(alternative: "Standard", rank: 1, code: "W1", name: "Widget", reason: "product W1 is retired (out of the assortment)")])
        XCTAssertEqual(try workflow.quote(number: "S1").version.alternatives[0].lines[0].unitListPrice, 13)
    }

    func testAFrozenVersionIsRefusedAndNothingIsWritten() async throws {
        try addWidgets()
        try workflow.send(quoteNumber: "S1", options: .init(acting: acting()), output: try output())
        try setCatalogue { $0.unitListPrice = 15 }
        let before = try workflow.quote(number: "S1")
        await assertRefused(.notEditable) { try await self.workflow.updatePrices(quoteNumber: "S1", acting: self.acting()) }
        XCTAssertEqual(try workflow.quote(number: "S1"), before)
    }

    func testAnERPConnectionsProductsAndCustomerPricesAreUsed() async throws {
        InMemoryERPConnector.products = [
            "A": ConnectorProduct(key: "k-a", code: "A", name: "Anvil", unitListPrice: 100, unitCost: 60, unitMinimumPrice: 50),
            "B": ConnectorProduct(key: "k-b", code: "B", name: "Bellows", unitListPrice: 20, unitCost: 5),
        ]
        InMemoryERPConnector.customerPrices = ["k-a": 90, "k-b": 18]
        let erp = QuoteWorkflow(storage: storage, connectors: ConnectorRegistry([StandaloneConnector.self, InMemoryERPConnector.self]))
        _ = try await erp.addConnection(name: "erp", connectorName: "memory-erp", assignments: [])
        let owner = try workflow.addAssociate(Associate(userName: "eve", name: "Eve Erp"))
        let company = try addCompany(Company(code: "SMITH", name: "Smithy"))
        try addSale("S2", owner: owner, company: company, saleType: try saleType(named: "Standard"))
        _ = try erp.createQuote(saleNumber: "S2", connectionName: "erp", acting: acting())
        for code in ["A", "B"] {
            let line = try await erp.productLine(quoteNumber: "S2", code: code, quantity: 2, today: today)
            try erp.edit(quoteNumber: "S2", acting: acting()) { version, _ in version.appendLine(line, to: 0) }
        }
        XCTAssertEqual(try erp.quote(number: "S2").version.alternatives[0].lines.map(\.unitListPrice), [90, 18])

        InMemoryERPConnector.products["A"]?.unitCost = 65
        InMemoryERPConnector.products["A"]?.unitMinimumPrice = 70
        InMemoryERPConnector.customerPrices["k-a"] = 95
        InMemoryERPConnector.products["B"] = nil
        let update = try await erp.updatePrices(quoteNumber: "S2", acting: acting())
        XCTAssertEqual(update.changes, [
            LinePriceChange(alternative: "Standard", rank: 1, code: "A", field: .listPrice, old: 90, new: 95),
            LinePriceChange(alternative: "Standard", rank: 1, code: "A", field: .cost, old: 60, new: 65),
        ], "the customer's price, not the list price; no minimum price from a connector that does not provide one")
        XCTAssertEqual(update.problems.map(\.code), ["B"])
        XCTAssertEqual(update.problems.first?.reason, "the ERP of connection 'erp' has no product B")
        XCTAssertEqual(update.source, "the ERP of connection 'erp'")
        let lines = try erp.quote(number: "S2").version.alternatives[0].lines
        XCTAssertEqual(lines.map(\.unitListPrice), [95, 18])
        XCTAssertEqual(lines[0].totalPrice, 190)
    }
}
