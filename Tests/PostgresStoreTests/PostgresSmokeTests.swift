import Foundation
import PostgresStore
import PostgresTestSupport
import QuoteModel
import StorageInterface
import XCTest

final class PostgresSmokeTests: XCTestCase {
    func testMigrateAndRoundTrip() throws {
        let store = try TestPostgres.freshStore()
        let (company, _) = try store.transaction { try $0.insert(Company(code: "ACME", name: "Acme"), contact: nil) }
        XCTAssertNotNil(company.id)
        let list = try store.transaction { try $0.insert(PriceList(name: "Main", currency: .usd)) }
        let product = try store.transaction {
            try $0.insert(Product(priceListId: list.id!, code: "W1", name: "Widget", vatPercent: 25, unitCost: ExactDecimal("10.50")!, unitListPrice: ExactDecimal("0.00")!))
        }
        let read = try store.snapshot { try $0.products(ids: [product.id!]) }
        XCTAssertEqual(read, [product])
        XCTAssertEqual(read.first?.unitListPrice.description, "0.00")
    }
}
