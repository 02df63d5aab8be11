import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow
import XCTest

/// Price lists and products administered through the workflow: edit, copy (converted exactly),
/// retire and restore, remove, and the rules that guard them.
final class CatalogueTests: WorkflowTestCase {
    func testCopyConvertsEveryPriceExactlyAndRoundsHalfUpToTheNewCurrencysMinorUnit() throws {
        let prices: [(code: String, list: ExactDecimal, cost: ExactDecimal?, minimum: ExactDecimal?)] = [
            ("A", dec("9.80"), dec("4.125"), nil), ("B", dec("0.005"), nil, dec("0.004")), ("C", 18, dec("12.345"), dec("15.555")), ("D", dec("0.01"), dec("0.01"), dec("0.01")),
        ]
        _ = try workflow.addPriceList(PriceList(name: "Spring", currency: .usd))
        for price in prices {
            _ = try workflow.addProduct(
                Product(priceListId: 0, code: price.code, name: "Product \(price.code)", unitCost: price.cost, unitMinimumPrice: price.minimum, unitListPrice: price.list),
                priceListName: "Spring")
        }
        let rate: ExactDecimal = dec("0.92")
        let (copy, count) = try workflow.copyPriceList(named: "Spring", to: "Spring EUR", prices: .converted(to: .eur, rate: rate), validFrom: nil, validTo: nil)
        XCTAssertEqual(count, prices.count)
        XCTAssertEqual(copy.currency, .eur)
        let copied = try workflow.products(priceListName: copy.name)
        XCTAssertEqual(copied.map(\.code), prices.map(\.code))
        for (product, price) in zip(copied, prices) {
            XCTAssertEqual(product.unitListPrice, try (price.list * rate).rounded(scale: 2, rule: .halfUp), product.code)
            XCTAssertEqual(product.unitCost, try price.cost.map { try ($0 * rate).rounded(scale: 2, rule: .halfUp) }, product.code)
            XCTAssertEqual(product.unitMinimumPrice, try price.minimum.map { try ($0 * rate).rounded(scale: 2, rule: .halfUp) }, product.code)
        }
        // Spelled out, for the cases where rounding decides: 9.016 → 9.02, 0.0046 → 0.00, 16.56 exact.
        XCTAssertEqual(copied.map(\.unitListPrice), [dec("9.02"), dec("0.00"), dec("16.56"), dec("0.01")])
        XCTAssertEqual(try workflow.products(priceListName: "Spring").map(\.unitListPrice), prices.map(\.list), "the source is untouched")
    }

    func testCopyToACurrencyWithoutDecimalsAndWithZeroPrices() throws {
        let (yen, _) = try workflow.copyPriceList(named: "Main", to: "Main JPY", prices: .converted(to: Currency(code: "JPY")!, rate: dec("149.455")), validFrom: nil, validTo: nil)
        XCTAssertEqual(try workflow.products(priceListName: yen.name).first?.unitListPrice, 1943, "13 × 149.455 = 1942.915 → 1943")
        let from = LocalDate(year: 2027, month: 1, day: 1)!
        let (zero, _) = try workflow.copyPriceList(named: "Main", to: "Main 2027", prices: .zeroPrices(currency: nil), validFrom: from, validTo: nil)
        XCTAssertEqual(zero.currency, .usd)
        XCTAssertEqual(zero.validFrom, from)
        let product = try XCTUnwrap(try workflow.products(priceListName: zero.name).first)
        XCTAssertEqual(product.unitListPrice, .zero)
        XCTAssertNil(product.unitCost)
        XCTAssertEqual(product.name, "Widget")
    }

    func testACopyIsRefusedWholeWhenItsNameIsTaken() throws {
        assertRefused(.duplicate, try workflow.copyPriceList(named: "Main", to: "Main", prices: .samePrices, validFrom: nil, validTo: nil))
        XCTAssertEqual(try workflow.priceLists().count, 1)
    }

    func testEditChangesNameValidityAndActivityButNeverTheCurrency() throws {
        let end = LocalDate(year: 2026, month: 12, day: 31)!
        let saved = try workflow.editPriceList(named: "Main") { list in
            list.name = "Main 2026"
            list.validTo = end
            list.isActive = false
        }
        XCTAssertEqual(try workflow.priceList(named: "Main 2026"), saved)
        XCTAssertEqual(saved.validTo, end)
        XCTAssertFalse(saved.isActive)
        assertRefused(.notAllowed, try workflow.editPriceList(named: "Main 2026") { $0.currency = .eur })
        assertRefused(.invalid, try workflow.editPriceList(named: "Main 2026") { $0.validFrom = LocalDate(year: 2027, month: 1, day: 1) })
        XCTAssertEqual(try workflow.priceList(named: "Main 2026").currency, .usd)
    }

    func testAnERPCopyIsReadOnly() throws {
        _ = try workflow.addPriceList(PriceList(name: "ERP", currency: .usd, isERPCopy: true))
        assertRefused(.notAllowed, try workflow.editPriceList(named: "ERP") { $0.description = "mine now" })
        assertRefused(.notAllowed, try workflow.addProduct(Product(priceListId: 0, code: "X", name: "X", unitListPrice: 1), priceListName: "ERP"))
    }

    func testEditingAProductLeavesTheQuoteLinesCopiedFromItAlone() throws {
        try addWidgets()
        let edited = try workflow.editProduct(code: "W1", priceListName: nil) { product in
            product.unitListPrice = 15
            product.name = "Widget Mk II"
        }
        XCTAssertEqual(edited.unitListPrice, 15)
        XCTAssertEqual(try workflow.product(code: "W1", priceListName: nil).product.name, "Widget Mk II")
        let line = try XCTUnwrap(try workflow.quote(number: "S1").version.alternatives.first?.lines.first)
        XCTAssertEqual(line.unitListPrice, 13)
        XCTAssertEqual(line.name, "Widget")
        assertRefused(.invalid, try workflow.editProduct(code: "W1", priceListName: nil) { $0.unitCost = -1 })
        assertRefused(.invalid, try workflow.editProduct(code: "W1", priceListName: "Main") { $0.name = " " })
    }

    func testAddingAndEditingAProductNeedTheMandatoryFields() throws {
        _ = try workflow.changeField(.supplier, [.mandatory(true)])
        assertRefused(.invalid, try workflow.addProduct(Product(priceListId: 0, code: "G1", name: "Gadget", unitListPrice: 5), priceListName: "Main"))
        assertRefused(.invalid, try workflow.editProduct(code: "W1", priceListName: nil) { $0.unitListPrice = 14 })
        XCTAssertEqual(try workflow.product(code: "W1", priceListName: nil).product.unitListPrice, 13, "a refused edit changes nothing")
        let edited = try workflow.editProduct(code: "W1", priceListName: nil) { $0.supplier = "Acme Parts" }
        XCTAssertEqual(edited.supplier, "Acme Parts")
        _ = try workflow.addProduct(Product(priceListId: 0, code: "G1", name: "Gadget", supplier: "Acme Parts", unitListPrice: 5), priceListName: "Main")
    }

    func testARetiredProductWarnsOnTheQuotesThatHaveIt() async throws {
        try addWidgets()
        _ = try workflow.setInAssortment(false, code: "W1", priceListName: nil)
        var detail = try await workflow.recalculate(quoteNumber: "S1", acting: acting())
        XCTAssertEqual(detail.version.version.status, .warning)
        XCTAssertTrue(detail.version.version.reason.contains("not in the assortment"), detail.version.version.reason)
        assertRefused(.invalid, try workflow.setInAssortment(false, code: "W1", priceListName: nil))
        _ = try workflow.setInAssortment(true, code: "W1", priceListName: nil)
        detail = try await workflow.recalculate(quoteNumber: "S1", acting: acting())
        XCTAssertEqual(detail.version.version.status, .ok, detail.version.version.reason)
    }

    func testRemovingAQuotedProductKeepsTheLinesCopiesAndFreesItsCode() async throws {
        try addWidgets()
        let (_, removal) = try workflow.removeProduct(code: "W1", priceListName: nil)
        XCTAssertEqual(removal, .markedRemoved)
        XCTAssertEqual(try workflow.products(), [], "a removed product is in no list")
        assertRefused(.notFound, try workflow.editProduct(code: "W1", priceListName: nil) { $0.name = "back" })
        let detail = try await workflow.recalculate(quoteNumber: "S1", acting: acting())
        let line = try XCTUnwrap(detail.version.alternatives.first?.lines.first)
        XCTAssertEqual(line.name, "Widget")
        XCTAssertEqual(line.unitListPrice, 13)
        XCTAssertTrue(detail.version.version.reason.contains("removed from its price list"), detail.version.version.reason)

        let again = try workflow.addProduct(Product(priceListId: 0, code: "W1", name: "New widget", unitListPrice: 20), priceListName: "Main")
        XCTAssertEqual(again.id, widget.id, "the removed row becomes the new product")
        XCTAssertEqual(try workflow.product(code: "W1", priceListName: nil).product.name, "New widget")
    }

    func testRemovingAProductNeverQuotedDeletesIt() throws {
        _ = try workflow.addProduct(Product(priceListId: 0, code: "G1", name: "Gadget", unitListPrice: 5), priceListName: "Main")
        let (_, removal) = try workflow.removeProduct(code: "G1", priceListName: "Main")
        XCTAssertEqual(removal, .deleted)
        let left = try storage.snapshot { store in
            (try store.products(priceListId: nil, containing: "G1"), try store.removedProduct(code: "G1", priceListId: widget.priceListId))
        }
        XCTAssertEqual(left.0, [])
        XCTAssertNil(left.1, "not kept as a removed product either")
    }
}

/// A decimal from its text (the tests' amounts are written as text, never as binary floating point).
private func dec(_ text: String) -> ExactDecimal {
    ExactDecimal(text)!
}
