import Foundation
import GRDB
@testable import TrytonConnector
import QuoteModel
import XCTest

/// Quotes priced by Tryton and orders placed in it: exactly one Tryton sale per order, even
/// when the first attempt is killed or the ERP is down; the sale's state followed back.
final class TrytonOrderTests: TrytonTestCase {
    func testAQuoteOnTheConnectionGetsTrytonsProductsAndPrices() throws {
        try quoteOnTryton("TO-1")
        let found = try erp(["product", "list", "--connection", "ERP", "--search", "queso"]).stdout
        XCTAssertTrue(found.contains("NW-11") && found.contains("Queso Cabrales"), found)
        XCTAssertTrue(found.contains("NW-12") && !found.contains("NW-1 "), found)
        try erp(["line", "add", "TO-1", "--product", "NW-1", "--quantity", "5"])
        let line = try XCTUnwrap(try database().quote(number: "TO-1").version.alternatives.first?.lines.first)
        XCTAssertEqual(line.code, "NW-1")
        XCTAssertEqual(line.name, "Chai")
        XCTAssertEqual(line.quantityUnit, "Unit")
        XCTAssertEqual(line.unitListPrice, 18)
        XCTAssertEqual(line.unitCost, ExactDecimal("12.50"))
        XCTAssertEqual(line.erpProductKey, "1")
        XCTAssertNil(line.productId, "not a local product")
        let unknown = try fail(["line", "add", "TO-1", "--product", "NW-404", "--quantity", "1"], environment: environment)
        XCTAssertTrue(unknown.stderr.contains("no product with the code 'NW-404'"), unknown.stderr)
    }

    func testAnOrderMakesExactlyOneTrytonSaleWithPartyLinesPricesAndReference() async throws {
        try quoteOnTryton("TO-2")
        try erp(["line", "add", "TO-2", "--product", "NW-1", "--quantity", "5"])
        try erp(["line", "add", "TO-2", "--product", "NW-11", "--quantity", "3", "--discount-percent", "10"])
        let placed = try erp(["order", "TO-2", "--alternative", "Standard", "--po", "PO-TO-2"] + documentOptions).stdout
        XCTAssertTrue(placed.contains("ERP order SO-"), placed)

        let (id, sale) = try await onlySale(po: "PO-TO-2")
        XCTAssertEqual(sale["state"]?.string, "quotation")
        XCTAssertEqual(sale["party."]?["code"]?.string, "ALFKI")
        XCTAssertEqual(sale["currency."]?["code"]?.string, "USD")
        XCTAssertTrue(sale["description"]?.string?.contains("quote TO-2 version 1") == true, "\(sale)")
        let lines = try await admin.lines(ofSale: id)
        XCTAssertEqual(lines.map(\.code), ["NW-1", "NW-11"])
        XCTAssertEqual(lines.map { ExactDecimal($0.quantity) }, [5, 3])
        XCTAssertEqual(lines.map { ExactDecimal($0.unitPrice) }, [18, ExactDecimal("18.9")], "the price after the line's discount")

        let quote = try database().quote(number: "TO-2").quote
        XCTAssertEqual(quote.erpOrderKey, String(id))
        XCTAssertEqual(quote.erpOrderNumber, sale["number"]?.string)
        XCTAssertEqual(quote.erpOrderState, "quotation")
        XCTAssertTrue(try succeed(["quote", "show", "TO-2"]).stdout.contains("ERP order:    \(quote.erpOrderNumber) (quotation"))
        let activity = try XCTUnwrap(try database().activities(quoteNumber: "TO-2").first { $0.activity.kind == .orderPlaced })
        XCTAssertTrue(activity.activity.text.contains("ERP order \(quote.erpOrderNumber)"), activity.activity.text)
    }

    func testAnOrderKilledAfterTrytonMadeTheSaleIsFoundAgainNotMadeTwice() async throws {
        try quoteOnTryton("TO-3")
        try erp(["line", "add", "TO-3", "--product", "NW-2", "--quantity", "2"])
        let crashed = try quotedoc(["order", "TO-3", "--alternative", "Standard", "--po", "PO-TO-3"] + documentOptions,
                                   environment: environment.merging(["QUOTEDOC_CRASH_AT": "after-erp-order"]) { $1 })
        XCTAssertTrue(crashed.wasKilled, "\(crashed.reason) \(crashed.status): \(crashed.stderr)")
        XCTAssertFalse(try database().quote(number: "TO-3").quote.isOrdered, "killed before anything was recorded")
        let (id, _) = try await onlySale(po: "PO-TO-3")

        let again = try erp(["order", "TO-3", "--alternative", "Standard", "--po", "PO-TO-3"] + documentOptions).stdout
        XCTAssertTrue(again.contains("ERP order SO-"), again)
        let (sameId, _) = try await onlySale(po: "PO-TO-3")
        XCTAssertEqual(sameId, id, "the first attempt's sale, not a second one")
        XCTAssertEqual(try database().quote(number: "TO-3").quote.erpOrderKey, String(id))
        XCTAssertTrue(again.contains("found from an earlier attempt"), again)
    }

    func testAnOrderWhileTrytonIsDownRecordsNothingAndSimplyRunsAgain() async throws {
        try quoteOnTryton("TO-4")
        try erp(["line", "add", "TO-4", "--product", "NW-3", "--quantity", "4"])
        try server.stop()
        defer { try? server.start() }
        let down = try fail(["order", "TO-4", "--alternative", "Standard", "--po", "PO-TO-4"] + documentOptions, environment: environment)
        XCTAssertTrue(down.stderr.contains("could not be reached"), down.stderr)
        XCTAssertTrue(down.stderr.contains("Hint:"), "says to retry: \(down.stderr)")
        let detail = try database().quote(number: "TO-4")
        XCTAssertFalse(detail.quote.isOrdered)
        XCTAssertEqual(detail.version.version.state, .draft)
        XCTAssertTrue(try documents(ofQuote: "TO-4").isEmpty, "no confirmation archived")
        XCTAssertTrue(try database().activities(quoteNumber: "TO-4").isEmpty)

        try server.start()
        try erp(["order", "TO-4", "--alternative", "Standard", "--po", "PO-TO-4"] + documentOptions)
        _ = try await onlySale(po: "PO-TO-4")
        XCTAssertTrue(try database().quote(number: "TO-4").quote.isOrdered)
    }

    func testOrderStatusFollowsTrytonFromConfirmedToDone() async throws {
        try quoteOnTryton("TO-5")
        try erp(["line", "add", "TO-5", "--product", "NW-4", "--quantity", "1"])
        try erp(["order", "TO-5", "--alternative", "Standard", "--po", "PO-TO-5"] + documentOptions)
        XCTAssertTrue(try erp(["order", "status", "TO-5"]).stdout.contains("No change"))
        let (id, _) = try await onlySale(po: "PO-TO-5")
        try await admin.sale(id, "confirm")
        let confirmed = try erp(["order", "status", "TO-5"]).stdout
        XCTAssertTrue(confirmed.contains(": confirmed"), confirmed)
        XCTAssertEqual(try database().quote(number: "TO-5").quote.erpOrderState, "confirmed")
        XCTAssertEqual(try database().quote(number: "TO-5").sale.status, .open)

        try await admin.setState(ofSale: id, "done")
        let done = try erp(["order", "status", "TO-5", "--json"]).stdout
        XCTAssertTrue(done.contains("\"state\" : \"done\""), done)
        let detail = try database().quote(number: "TO-5")
        XCTAssertEqual(detail.quote.erpOrderState, "done")
        XCTAssertEqual(detail.sale.status, .sold, "done in the ERP: the sale is sold")
    }

    func testAnOrderCancelledInTrytonMakesTheVersionAndTheSaleLost() async throws {
        try quoteOnTryton("TO-6")
        try erp(["line", "add", "TO-6", "--product", "NW-12", "--quantity", "2"])
        try erp(["order", "TO-6", "--alternative", "Standard", "--po", "PO-TO-6"] + documentOptions)
        let (id, _) = try await onlySale(po: "PO-TO-6")
        try await admin.sale(id, "cancel")
        let status = try erp(["order", "status", "TO-6"]).stdout
        XCTAssertTrue(status.contains(": cancelled"), status)
        let detail = try database().quote(number: "TO-6")
        XCTAssertEqual(detail.version.version.state, .lost)
        XCTAssertEqual(detail.sale.status, .lost)
        let lost = try XCTUnwrap(try database().activities(quoteNumber: "TO-6").first { $0.activity.kind == .saleLost })
        XCTAssertTrue(lost.activity.text.contains("cancelled in the ERP"), lost.activity.text)
        XCTAssertTrue(try erp(["order", "status", "TO-6"]).stdout.contains("No change"), "asked again, nothing more is recorded")
    }

    func testLinesChangedInTrytonMakeANewSoldVersionWithTrytonsLines() async throws {
        try quoteOnTryton("TO-7")
        try erp(["line", "add", "TO-7", "--product", "NW-2", "--quantity", "6"])
        try erp(["line", "add", "TO-7", "--product", "NW-11", "--quantity", "7", "--discount-percent", "14.5"])
        try erp(["alternative", "discount", "TO-7", "Standard", "--percent", "3"])
        try erp(["order", "TO-7", "--alternative", "Standard", "--po", "PO-TO-7"] + documentOptions)
        let (id, _) = try await onlySale(po: "PO-TO-7")
        XCTAssertTrue(try erp(["order", "status", "TO-7"]).stdout.contains("No change"), "the ERP's 4-decimal prices are the quote's")
        try await admin.changeFirstLine(ofSale: id, quantity: 8)

        let status = try erp(["order", "status", "TO-7"]).stdout
        XCTAssertTrue(status.contains("line 1 (NW-2): quantity 6 → 8"), status)
        XCTAssertTrue(status.contains("version 2 made with the ERP's lines"), status)
        let detail = try database().quote(number: "TO-7")
        XCTAssertEqual(detail.version.version.rank, 2)
        XCTAssertEqual(detail.version.version.state, .sold)
        let accepted = try XCTUnwrap(detail.version.alternatives.first { $0.alternative.id == detail.quote.acceptedAlternativeId })
        XCTAssertEqual(accepted.lines.map(\.quantity), [8, 7])
        XCTAssertEqual(accepted.lines.map(\.erpProductKey), ["2", "5"])
        let ordered = try database().quote(number: "TO-7", version: 1).version
        XCTAssertEqual(ordered.version.state, .sold, "version 1 stays as it was ordered")
        XCTAssertEqual(ordered.alternatives[0].lines.map(\.quantity), [6, 7])
        XCTAssertTrue(try erp(["order", "status", "TO-7"]).stdout.contains("No change"), "asked again, no third version")

        // The accepted alternative only ever moves forward, to the ERP's version.
        let queue = try DatabaseQueue(path: databasePath)
        let backwards = Result {
            try queue.write { db in
                try db.execute(sql: "UPDATE quote SET acceptedAlternativeId = (SELECT a.id FROM quoteAlternative a JOIN quoteVersion v ON v.id = a.versionId WHERE v.quoteId = quote.id AND v.rank = 1) WHERE number = 'TO-7'")
            }
        }
        XCTAssertThrowsError(try backwards.get())
    }

    func testAProductDeletedInTrytonIsNamedWhenTheQuoteIsRepriced() async throws {
        try quoteOnTryton("TO-8")
        try erp(["line", "add", "TO-8", "--product", "NW-SVC-1", "--quantity", "1"])
        try await admin.deleteProduct(code: "NW-SVC-1")
        let refused = try fail(["quote", "recalc", "TO-8"], environment: environment)
        XCTAssertTrue(refused.stderr.contains("line 1 (NW-SVC-1 Delivery and setup)"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("no longer has its product"), refused.stderr)
    }

    func testAFreeTextLineCannotBeOrderedInTrytonAndNothingIsRecorded() async throws {
        try quoteOnTryton("TO-9")
        try erp(["line", "add", "TO-9", "--name", "Installation", "--price", "100", "--quantity", "1"])
        let refused = try fail(["order", "TO-9", "--alternative", "Standard", "--po", "PO-TO-9"] + documentOptions, environment: environment)
        XCTAssertTrue(refused.stderr.contains("has no Tryton product"), refused.stderr)
        XCTAssertFalse(try database().quote(number: "TO-9").quote.isOrdered)
        let sales = try await admin.sales(party: "ALFKI", reference: "PO-TO-9")
        XCTAssertTrue(sales.isEmpty)
    }

    func testAStandaloneQuoteHasNoOrderStatus() throws {
        let refused = try fail(["order", "status", "10248"])
        XCTAssertTrue(refused.stderr.contains("was not placed in an ERP"), refused.stderr)
    }
}
