import QuoteModel
import XCTest

@testable import quotedoc

/// The text and JSON helpers every command prints with.
final class OutputTests: XCTestCase {
    func testTextTableAlignsColumnsAndRightAlignsAmounts() {
        var table = TextTable([.left("Code"), .right("Total")])
        table.append(["A", "9.80"])
        table.append(["LONG", "1552.60"])
        XCTAssertEqual(table.rendered(), """
            Code    Total
            ----  -------
            A        9.80
            LONG  1552.60
            """)
    }

    func testFieldListAlignsValuesAndLeavesOutEmptyOnes() {
        XCTAssertEqual(fieldList([("Name", "Acme"), ("Fax", ""), ("Address", "Main St 1\nSpringfield")]), """
            Name:     Acme
            Address:  Main St 1
                      Springfield
            """)
    }

    func testAmountsRoundToTheCurrencyAndPercentagesToTwoDecimals() {
        XCTAssertEqual(ExactDecimal("1552.605")!.amount(in: .usd), "1552.61")
        XCTAssertEqual(ExactDecimal("1552.6")!.amount(in: .usd), "1552.60")
        XCTAssertEqual(ExactDecimal("9.8")!.unitPrice(in: .usd), "9.80")
        XCTAssertEqual(ExactDecimal("0.125")!.unitPrice(in: .usd), "0.125")
        XCTAssertEqual(ExactDecimal("12.3456")!.percentText, "12.35")
        XCTAssertEqual(ExactDecimal(5).amount(in: Currency(code: "JPY")!), "5")
    }

    func testJSONKeepsDecimalsAsStringsWithSortedKeysAndUnescapedSlashes() throws {
        let product = Product(priceListId: 1, code: "P1", name: "Widget", url: "https://example.com/p1", unitListPrice: ExactDecimal("9.80")!)
        let json = try JSONOutput.encoded(product)
        XCTAssertTrue(json.contains(#""unitListPrice" : "9.80""#), json)
        XCTAssertTrue(json.contains(#""url" : "https://example.com/p1""#), json)
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(keys, keys.sorted())
    }
}
