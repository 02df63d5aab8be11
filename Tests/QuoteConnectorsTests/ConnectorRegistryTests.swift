import QuoteConnectors
import QuoteModel
import XCTest

/// Connectors are found by name; a capability a connector lacks refuses by name; the standalone
/// connector searches the database's own catalogue.
final class ConnectorRegistryTests: XCTestCase {
    struct Catalogue: LocalCatalogue {
        let all: [Product]
        func products(matching text: String, limit: Int) throws -> [Product] {
            Array(all.filter { $0.code.localizedCaseInsensitiveContains(text) || $0.name.localizedCaseInsensitiveContains(text) }.prefix(limit))
        }
    }

    let registry = ConnectorRegistry([StandaloneConnector.self])
    let catalogue = Catalogue(all: [
        Product(id: 1, priceListId: 1, code: "NW-1", name: "Chai", unitCost: ExactDecimal("12.5")!, unitListPrice: 18),
        Product(id: 2, priceListId: 1, code: "NW-2", name: "Chang", unitListPrice: 19, inAssortment: false),
    ])

    func testUnknownConnectorIsRefusedNamingTheInstalledOnes() {
        XCTAssertThrowsError(try registry.connector(named: "sap")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notFound)
            XCTAssertTrue("\(error)".contains("installed: standalone"), "\(error)")
        }
        XCTAssertEqual(try registry.connector(named: "Standalone").descriptor.name, "standalone")
    }

    func testStandaloneSearchesTheLocalCatalogue() async throws {
        let connection = ERPConnection(name: "Standalone", connectorName: "standalone", clientKey: "k")
        let connector = try registry.make(connection, context: ConnectorContext(catalogue: catalogue))
        let found = try await connector.searchProducts(matching: "ch", limit: 10)
        XCTAssertEqual(found.map(\.code), ["NW-1", "NW-2"])
        XCTAssertEqual(found[0].unitCost, ExactDecimal("12.5"))
        XCTAssertFalse(found[1].isActive)
        let chai = try await connector.product(code: "NW-1")
        XCTAssertEqual(chai.key, "1")
        do {
            _ = try await connector.product(code: "NW-9")
            XCTFail("found a product that is not there")
        } catch let error as QuoteError {
            XCTAssertEqual(error.code, .notFound)
        }
    }

    func testMissingCapabilityRefusesByName() async throws {
        let connector = try registry.make(ERPConnection(name: "Standalone", connectorName: "standalone", clientKey: "k"), context: ConnectorContext())
        XCTAssertFalse(StandaloneConnector.descriptor.can(.placeOrder))
        do {
            _ = try await connector.orderStatus(key: "1")
            XCTFail("the standalone connector has no order state")
        } catch let error as QuoteError {
            XCTAssertEqual(error.code, .notApplicable)
            XCTAssertTrue(error.message.contains("cannot provide order state"), error.message)
        }
    }

    func testOrderKeyIsFixedByConnectionQuoteAndVersion() {
        XCTAssertEqual(ERPOrder.idempotencyKey(clientKey: "ab12", quoteNumber: "10248", version: 2), "quotedoc:ab12:10248:v2")
    }
}
