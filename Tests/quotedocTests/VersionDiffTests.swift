import Foundation
import QuoteModel
import XCTest

/// The comparison of two quote versions, in the pure model.
final class VersionDiffTests: XCTestCase {
    private func line(_ code: String, _ name: String, rank: Int, quantity: ExactDecimal, price: ExactDecimal,
                      discount: ExactDecimal = 0, total: ExactDecimal, product: Bool = true) -> QuoteLine {
        QuoteLine(alternativeId: 0, rank: rank, productId: product ? Int64(abs(code.hashValue % 1000) + 1) : nil, code: code, name: name,
                  unitListPrice: price, quantity: quantity, discountPercent: discount, totalPrice: total)
    }

    private func alternative(_ name: String, id: Int64, subTotal: ExactDecimal, total: ExactDecimal, vat: ExactDecimal = 0,
                             _ lines: [QuoteLine]) -> AlternativeWithLines {
        AlternativeWithLines(
            alternative: QuoteAlternative(id: id, versionId: 0, name: name, subTotal: subTotal, totalPrice: total, vatAmount: vat),
            lines: lines)
    }

    private func version(_ rank: Int, favourite: Int64? = nil, _ alternatives: [AlternativeWithLines]) -> VersionWithAlternatives {
        VersionWithAlternatives(version: QuoteVersion(quoteId: 1, rank: rank, favouriteAlternativeId: favourite ?? alternatives.first?.alternative.id),
                                alternatives: alternatives)
    }

    func testIdenticalVersionsHaveNoDifferenceAndAScaleOnlyChangeIsNoChange() throws {
        let old = version(1, [alternative("Standard", id: 1, subTotal: 50, total: 50, [line("P1", "Widget", rank: 1, quantity: 5, price: 10, total: 50)])])
        let same = version(2, [alternative("Standard", id: 2, subTotal: ExactDecimal("50.00")!, total: ExactDecimal("50.00")!,
                                           [line("P1", "Widget", rank: 1, quantity: ExactDecimal("5.000")!, price: ExactDecimal("10.00")!, total: ExactDecimal("50.00")!)])])
        let diff = try VersionDiff(from: old, to: same)
        XCTAssertTrue(diff.isEmpty)
        XCTAssertEqual(diff.alternatives.map(\.presence), [.both])
        XCTAssertTrue(diff.alternatives[0].isUnchanged)
        XCTAssertEqual(diff.fromRank, 1)
        XCTAssertEqual(diff.toRank, 2)
    }

    func testAChangedLineListsOnlyItsChangedFieldsWithExactDifferences() throws {
        let old = version(1, [alternative("Standard", id: 1, subTotal: ExactDecimal("103.56")!, total: ExactDecimal("77.67")!, [
            line("30", "Nord-Ost Matjeshering", rank: 1, quantity: 4, price: ExactDecimal("25.89")!, discount: 25, total: ExactDecimal("77.67")!),
            line("54", "Tourtière", rank: 2, quantity: 20, price: ExactDecimal("7.45")!, discount: 25, total: ExactDecimal("111.75")!),
        ])])
        let new = version(2, [alternative("Standard", id: 2, subTotal: ExactDecimal("258.90")!, total: ExactDecimal("194.17")!, [
            line("30", "Nord-Ost Matjeshering", rank: 1, quantity: 10, price: ExactDecimal("25.89")!, discount: 25, total: ExactDecimal("194.17")!),
            line("54", "Tourtière", rank: 2, quantity: 20, price: ExactDecimal("7.45")!, discount: 25, total: ExactDecimal("111.75")!),
        ])])
        let diff = try VersionDiff(from: old, to: new)
        let standard = try XCTUnwrap(diff.alternatives.first)
        XCTAssertEqual(standard.addedLines, [])
        XCTAssertEqual(standard.removedLines, [])
        XCTAssertEqual(standard.changedLines.count, 1, "the unchanged Tourtière line is not listed")
        let change = try XCTUnwrap(standard.changedLines.first)
        XCTAssertEqual(change.code, "30")
        XCTAssertEqual(change.fields.map(\.field), [.quantity, .totalPrice])
        XCTAssertEqual(try change.fields[0].change.difference, 6)
        XCTAssertEqual(try change.fields[1].change.difference.description, "116.50")
        XCTAssertEqual(try standard.total(.totalPrice)?.difference.description, "116.50")
        XCTAssertEqual(try standard.total(.subTotal)?.difference.description, "155.34")
        XCTAssertEqual(diff.favouriteTotal.from, ExactDecimal("77.67"))
        XCTAssertEqual(diff.favouriteTotal.to, ExactDecimal("194.17"))
        XCTAssertEqual(try diff.favouriteTotal.difference.description, "116.50")
        XCTAssertFalse(diff.isEmpty)
    }

    func testLinesAreMatchedByProductCodeAndFreeTextLinesByName() throws {
        let old = version(1, [alternative("Standard", id: 1, subTotal: 0, total: 0, [
            line("P1", "Widget", rank: 1, quantity: 1, price: 10, total: 10),
            line("P2", "Gadget", rank: 2, quantity: 1, price: 20, total: 20),
            line("", "Installation", rank: 3, quantity: 1, price: 100, total: 100, product: false),
            line("", "Travel", rank: 4, quantity: 1, price: 50, total: 50, product: false),
        ])])
        let new = version(2, [alternative("Standard", id: 2, subTotal: 0, total: 0, [
            line("P2", "Gadget", rank: 1, quantity: 1, price: 20, total: 20),
            line("P1", "Widget (renamed)", rank: 2, quantity: 1, price: ExactDecimal("9.50")!, total: ExactDecimal("9.50")!),
            line("P3", "Doohickey", rank: 3, quantity: 2, price: 5, total: 10),
            line("", "Installation", rank: 4, quantity: 2, price: 100, total: 200, product: false),
        ])])
        let standard = try XCTUnwrap(VersionDiff(from: old, to: new).alternatives.first)
        XCTAssertEqual(standard.addedLines.map(\.code), ["P3"])
        XCTAssertEqual(standard.removedLines.map(\.name), ["Travel"])
        XCTAssertEqual(standard.changedLines.map(\.code), ["P1", ""], "a moved, renamed product line is a change, not an add and a remove")
        let widget = standard.changedLines[0]
        XCTAssertEqual(widget.fromRank, 1)
        XCTAssertEqual(widget.toRank, 2)
        XCTAssertEqual(widget.name, "Widget (renamed)")
        XCTAssertEqual(widget.fields.map(\.field), [.unitPrice, .totalPrice])
        XCTAssertEqual(try widget.fields[0].change.difference.description, "-0.50")
        XCTAssertEqual(standard.changedLines[1].name, "Installation")
        XCTAssertEqual(standard.changedLines[1].fields.map(\.field), [.quantity, .totalPrice])
    }

    func testLinesSharingAProductCodeArePairedInRankOrder() throws {
        let old = version(1, [alternative("A", id: 1, subTotal: 0, total: 0, [
            line("P1", "Widget", rank: 1, quantity: 1, price: 10, total: 10),
            line("P1", "Widget", rank: 2, quantity: 2, price: 10, total: 20),
        ])])
        let new = version(2, [alternative("A", id: 2, subTotal: 0, total: 0, [
            line("P1", "Widget", rank: 1, quantity: 1, price: 10, total: 10),
            line("P1", "Widget", rank: 2, quantity: 3, price: 10, total: 30),
            line("P1", "Widget", rank: 3, quantity: 4, price: 10, total: 40),
        ])])
        let a = try XCTUnwrap(VersionDiff(from: old, to: new).alternatives.first)
        XCTAssertEqual(a.changedLines.map(\.toRank), [2])
        XCTAssertEqual(try a.changedLines.first?.fields.first?.change.difference, 1)
        XCTAssertEqual(a.addedLines.map(\.rank), [3])
        XCTAssertEqual(a.removedLines, [])
    }

    func testAlternativesAreMatchedByNameAndAnAddedOrRemovedOneCountsFromZero() throws {
        let old = version(1, favourite: 2, [
            alternative("Standard", id: 1, subTotal: 100, total: 100, vat: 25, [line("P1", "Widget", rank: 1, quantity: 10, price: 10, total: 100)]),
            alternative("Budget", id: 2, subTotal: 60, total: ExactDecimal("59.90")!, vat: ExactDecimal("14.975")!, [line("P2", "Gadget", rank: 1, quantity: 6, price: 10, total: 60)]),
        ])
        let new = version(2, favourite: 13, [
            alternative("Premium", id: 13, subTotal: ExactDecimal("200.10")!, total: ExactDecimal("200.10")!, vat: ExactDecimal("50.025")!, [line("P9", "Deluxe", rank: 1, quantity: 1, price: ExactDecimal("200.10")!, total: ExactDecimal("200.10")!)]),
            alternative("Standard", id: 11, subTotal: 100, total: 100, vat: 25, [line("P1", "Widget", rank: 1, quantity: 10, price: 10, total: 100)]),
        ])
        let diff = try VersionDiff(from: old, to: new)
        XCTAssertEqual(diff.alternatives.map(\.name), ["Standard", "Budget", "Premium"])
        XCTAssertEqual(diff.alternatives.map(\.presence), [.both, .removed, .added])
        XCTAssertTrue(diff.alternatives[0].isUnchanged)

        let budget = diff.alternatives[1]
        XCTAssertEqual(budget.removedLines.map(\.code), ["P2"])
        XCTAssertEqual(budget.total(.totalPrice), VersionDiff.AmountChange(from: ExactDecimal("59.90"), to: nil))
        XCTAssertEqual(try budget.total(.totalPrice)?.difference.description, "-59.90")
        XCTAssertEqual(try budget.total(.totalPriceIncVAT)?.difference.description, "-74.875")

        let premium = diff.alternatives[2]
        XCTAssertEqual(premium.addedLines.map(\.code), ["P9"])
        XCTAssertEqual(try premium.total(.vatAmount)?.difference.description, "50.025")
        XCTAssertEqual(premium.total(.totalPriceIncVAT)?.to?.description, "250.125")

        XCTAssertEqual(diff.fromFavourite, "Budget")
        XCTAssertEqual(diff.toFavourite, "Premium")
        XCTAssertEqual(try diff.favouriteTotal.difference.description, "140.20", "200.10 − 59.90, exactly")
    }

    func testTheJSONCarriesExactDecimalStringsAndTheDifference() throws {
        let old = version(1, [alternative("Standard", id: 1, subTotal: ExactDecimal("0.10")!, total: ExactDecimal("0.10")!, [])])
        let new = version(2, [alternative("Standard", id: 2, subTotal: ExactDecimal("0.30")!, total: ExactDecimal("0.30")!, [])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(VersionDiff(from: old, to: new).favouriteTotal), as: UTF8.self)
        XCTAssertEqual(json, #"{"difference":"0.20","from":"0.10","to":"0.30"}"#)
        let decoded = try JSONDecoder().decode(VersionDiff.self, from: try encoder.encode(VersionDiff(from: old, to: new)))
        XCTAssertEqual(decoded, try VersionDiff(from: old, to: new))
    }
}
