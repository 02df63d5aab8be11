import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `quote update-prices`: every change printed with the new totals, a dry run that saves
/// nothing, a retired product reported.
final class QuoteUpdatePricesCommandTests: EditingTestCase {
    /// Quote S1 with 10 widgets and 2 gadgets, then new catalogue figures for the widget.
    private func makeQuoteWithChangedCatalogue() throws {
        let database = try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        try run(["line", "add", "S1", "--product", "G1", "--quantity", "2"])
        try database.write { db in try db.execute(sql: "UPDATE product SET unitListPrice = '14.50', unitCost = '11' WHERE code = 'W1'") }
    }

    func testEveryChangeIsPrintedWithTheNewTotals() throws {
        try makeQuoteWithChangedCatalogue()
        let printed = try output(["quote", "update-prices", "S1"])
        XCTAssertTrue(printed.hasPrefix("""
            Updated the prices of version 1 of quote S1 from the catalogue.

              Alternative  #  Code  Field         Old      New
              -----------  -  ----  ----------  -----  -------
              Standard     1  W1    list price  13.00  → 14.50
              Standard     1  W1    cost        10.00  → 11.00

            Alternative 1: Standard ★ (favourite)
              Totals             USD      %
              --------------  ------  -----
              Sub total       245.00
            """), printed)
        XCTAssertEqual(try lines().map(\.totalPrice), [145, 100])
        XCTAssertEqual(try quote().sale.amount, 245)
    }

    func testADryRunPrintsTheSameAndSavesNothing() throws {
        try makeQuoteWithChangedCatalogue()
        let before = try quote()
        let printed = try output(["quote", "update-prices", "S1", "--dry-run"])
        XCTAssertTrue(printed.hasPrefix("Prices of version 1 of quote S1 that the catalogue would change (dry run: nothing saved)."), printed)
        XCTAssertTrue(printed.contains("Standard     1  W1    list price  13.00  → 14.50"), printed)
        XCTAssertTrue(printed.contains("Sub total       245.00"), printed)
        XCTAssertEqual(try quote(), before)
    }

    func testARetiredProductIsReportedAndItsLineKept() throws {
        let database = try makeQuote()
        try run(["line", "add", "S1", "--product", "G1", "--quantity", "2"])
        try database.write { db in try db.execute(sql: "UPDATE product SET unitListPrice = '60', inAssortment = 0 WHERE code = 'G1'") }
        let printed = try output(["quote", "update-prices", "S1"])
        XCTAssertTrue(printed.contains("""
            No price changed.

            Left as they were:
              alternative 'Standard' line 1 (G1 Gadget): product G1 is retired (out of the assortment)
            """), printed)
        XCTAssertEqual(try lines().map(\.unitListPrice), [50])
    }

    func testJSONCarriesChangesProblemsAndTheQuote() throws {
        try makeQuoteWithChangedCatalogue()
        let printed = try output(["quote", "update-prices", "S1", "--json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        XCTAssertEqual(json["saved"] as? Bool, true)
        let changes = try XCTUnwrap(json["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["field"] as? String }, ["listPrice", "cost"])
        XCTAssertEqual(changes.first?["new"] as? String, "14.50")
        XCTAssertEqual((json["problems"] as? [Any])?.count, 0)
        XCTAssertNotNil(json["quote"] as? [String: Any])
    }
}
