import XCTest
@testable import QuoteModel

/// An alternative's lines grouped by product category: one group per category, in name order,
/// each counting its lines and summing their discounts, totals and VAT.
final class CategoryGroupTests: XCTestCase {
    func testEachCategoryIsOneGroupInNameOrderWithItsSums() throws {
        func line(_ rank: Int, _ category: String, _ price: String) -> QuoteLine {
            QuoteLine(alternativeId: 1, rank: rank, name: "L\(rank)", productCategory: category, vatPercent: dec("25"),
                      unitListPrice: dec(price), quantity: dec("1"))
        }
        let calculator = PriceCalculator(currency: .usd, policy: .perLine)
        let lines = try [line(1, "Beverages", "10"), line(2, "", "1"), line(3, "Andes", "2.50"), line(4, "Beverages", "5")].map(calculator.price)
        let version = VersionWithAlternatives(
            version: QuoteVersion(quoteId: 1, rank: 1), alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "A"), lines: lines)])
        let groups = try XCTUnwrap(calculator.figures(for: version).alternatives.first).groups
        XCTAssertEqual(groups.map(\.groupField), ["", "Andes", "Beverages"])
        XCTAssertEqual(groups.map(\.numLines), [1, 1, 2])
        XCTAssertEqual(groups.map(\.sumTotalPrice), [dec("1"), dec("2.50"), dec("15")])
        XCTAssertEqual(groups.map(\.sumVat), [dec("0.25"), dec("0.63"), dec("3.75")])
        XCTAssertEqual(groups.map(\.sumDiscountAmount), [.zero, .zero, .zero])
    }
}
