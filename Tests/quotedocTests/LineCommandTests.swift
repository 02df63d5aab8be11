import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `line add|set|remove|move` run end to end against a database file.
final class LineCommandTests: EditingTestCase {
    func testSuperOfficeWorkedExampleThroughTheCommandLine() throws {
        try makeQuote()
        let added = try output(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        XCTAssertTrue(added.contains("10 × 13.00, discount 13.00 (10.00 %), total 117.00, earning 17.00"), added)
        var line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.valueOverride, .discountPercent)
        XCTAssertEqual(line.totalPrice.description, "117.00")
        XCTAssertEqual(line.earningAmount?.description, "17.00")

        try run(["line", "set", "S1", "1", "--quantity", "100"])
        line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.valueOverride, .discountPercent, "a new quantity keeps the master")
        XCTAssertEqual(line.totalPrice.description, "1170.00")
        XCTAssertEqual(line.earningAmount?.description, "170.00")

        try run(["line", "set", "S1", "1", "--discount-amount", "100"])
        line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.valueOverride, .discountAmount)
        XCTAssertEqual(try line.discountPercent.rounded(scale: 2).description, "7.69")
        XCTAssertEqual(line.totalPrice.description, "1200.00")

        let set = try output(["line", "set", "S1", "1", "--total", "1100"])
        XCTAssertTrue(set.contains("discount 200.00 (15.38 %), total 1100.00, earning 100.00 (9.09 %)"), set)
        line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.valueOverride, .totalPrice)
        XCTAssertEqual(line.discountAmount.description, "200.00")
        XCTAssertEqual(try line.discountPercent.rounded(scale: 2).description, "15.38")
        XCTAssertEqual(line.earningAmount?.description, "100.00")
        XCTAssertEqual(try line.earningPercent?.rounded(scale: 2).description, "9.09")
        XCTAssertEqual(try quote().sale.amount.description, "1100.00", "the sale follows the favourite's total")
    }

    func testLineAddCopiesTheProductAndWithoutAMasterKeepsValueOverrideNone() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--pricelist", "Main", "--quantity", "2"])
        let line = try XCTUnwrap(lines().first)
        XCTAssertNotNil(line.productId)
        XCTAssertEqual(line.code, "W1")
        XCTAssertEqual(line.name, "Widget")
        XCTAssertEqual(line.productCategory, "Hardware")
        XCTAssertEqual(line.unitListPrice, 13)
        XCTAssertEqual(line.unitCost, 10)
        XCTAssertEqual(line.vatPercent, 25)
        XCTAssertEqual(line.valueOverride, .none)
        XCTAssertEqual(line.totalPrice.description, "26.00")
    }

    func testFreeTextLineHasNoProductAndKeepsItsOwnPriceCostVATAndDescription() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--name", "Installation", "--price", "250", "--quantity", "2", "--cost", "100",
                 "--vat", "25", "--description", "On site"])
        let line = try XCTUnwrap(lines().first)
        XCTAssertNil(line.productId)
        XCTAssertEqual(line.code, "")
        XCTAssertEqual(line.name, "Installation")
        XCTAssertEqual(line.description, "On site")
        XCTAssertEqual(line.unitCost, 100)
        XCTAssertEqual(line.totalPrice.description, "500.00")
        XCTAssertEqual(line.earningAmount?.description, "300.00")
        XCTAssertEqual(line.status, .ok)
        let alternative = try XCTUnwrap(quote().version.alternatives.first?.alternative)
        XCTAssertEqual(alternative.vatAmount.description, "125.00")
    }

    func testLineSetChangesOnlyTheGivenFields() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        let before = try XCTUnwrap(lines().first)
        try run(["line", "set", "S1", "1", "--name", "Blue widget", "--description", "Painted"])
        var after = try XCTUnwrap(lines().first)
        XCTAssertEqual(after.name, "Blue widget")
        XCTAssertEqual(after.description, "Painted")
        after.name = before.name
        after.description = before.description
        XCTAssertEqual(after, before, "nothing else changed")
    }

    func testLineSetListPriceAndCostKeepTheMasterAndReprice() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--total", "120"])
        try run(["line", "set", "S1", "1", "--list-price", "15", "--cost", "11"])
        let line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.valueOverride, .totalPrice)
        XCTAssertEqual(line.totalPrice.description, "120.00")
        XCTAssertEqual(line.discountAmount.description, "30.00")
        XCTAssertEqual(line.earningAmount?.description, "10.00")
    }

    func testLineRemoveRenumbersTheLinesAfterIt() throws {
        try makeQuote()
        for name in ["A", "B", "C"] {
            try run(["line", "add", "S1", "--name", name, "--price", "1", "--quantity", "1"])
        }
        try run(["line", "remove", "S1", "2"])
        let remaining = try lines()
        XCTAssertEqual(remaining.map(\.name), ["A", "C"])
        XCTAssertEqual(remaining.map(\.rank), [1, 2])
        XCTAssertEqual(try quote().version.alternatives.first?.alternative.totalPrice.description, "2.00")
    }

    func testLineMoveRenumbersTheRanks() throws {
        try makeQuote()
        for name in ["A", "B", "C"] {
            try run(["line", "add", "S1", "--name", name, "--price", "1", "--quantity", "1"])
        }
        try run(["line", "move", "S1", "3", "--to", "1"])
        var moved = try lines()
        XCTAssertEqual(moved.map(\.name), ["C", "A", "B"])
        XCTAssertEqual(moved.map(\.rank), [1, 2, 3])
        try run(["line", "move", "S1", "1", "--to", "3"])
        moved = try lines()
        XCTAssertEqual(moved.map(\.name), ["A", "B", "C"])
        XCTAssertEqual(moved.map(\.rank), [1, 2, 3])
    }

    func testLineCommandsWithoutAlternativeUseTheFavourite() throws {
        try makeQuote()
        try run(["alternative", "add", "S1", "Premium"])
        try run(["alternative", "favourite", "S1", "Premium"])
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "1"])
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "2", "--alternative", "Standard"])
        XCTAssertEqual(try lines("Premium").map(\.quantity), [1])
        XCTAssertEqual(try lines("Standard").map(\.quantity), [2])
        try run(["line", "set", "S1", "1", "--quantity", "5"])
        XCTAssertEqual(try lines("Premium").map(\.quantity), [5])
        XCTAssertEqual(try lines("Standard").map(\.quantity), [2])
    }

    func testLineBelowCostGivesAWarningWithAReason() throws {
        try makeQuote()
        let printed = try output(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--total", "90"])
        let line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.status, .warning)
        XCTAssertEqual(line.reason, "warning: line 1 W1 'Widget' is priced below its cost of 10 a unit")
        let version = try quote().version.version
        XCTAssertEqual(version.status, .warning)
        XCTAssertTrue(version.reason.contains(line.reason))
        XCTAssertTrue(printed.contains("Version 1 status:  warning\n"), printed)
        XCTAssertTrue(printed.contains(line.reason), printed)
    }

    func testLineBelowMinimumPriceGivesAnError() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "G1", "--quantity", "2", "--total", "80"])
        let line = try XCTUnwrap(lines().first)
        XCTAssertEqual(line.status, .error)
        XCTAssertTrue(line.reason.contains("error: line 1 G1 'Gadget' is priced below the minimum price of 45 a unit"), line.reason)
        XCTAssertEqual(try quote().version.version.status, .error)
    }

    func testDiscountOverOneHundredPercentIsRefusedAndNothingSaved() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        let before = try quote()
        var message = assertFails(["line", "set", "S1", "1", "--discount-percent", "150"])
        XCTAssertTrue(message.contains("discount % 150 is outside 0 to 100"), message)
        message = assertFails(["line", "add", "S1", "--product", "W1", "--quantity", "1", "--discount-percent", "100.01"])
        XCTAssertTrue(message.contains("discount % 100.01 is outside 0 to 100"), message)
        XCTAssertEqual(try quote(), before)
    }

    func testUnknownQuoteProductAlternativeAndLineFailAndSaveNothing() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "1"])
        let before = try quote()
        XCTAssertEqual(assertFails(["line", "add", "S9", "--product", "W1", "--quantity", "1"]), "no quote 'S9'")
        XCTAssertEqual(assertFails(["line", "add", "S1", "--product", "X9", "--quantity", "1"]), "no product 'X9'")
        XCTAssertEqual(assertFails(["line", "add", "S1", "--product", "W1", "--pricelist", "Other", "--quantity", "1"]), "no price list 'Other'")
        XCTAssertEqual(
            assertFails(["line", "add", "S1", "--product", "W1", "--quantity", "1", "--alternative", "Gold"]),
            "no alternative 'Gold' (the version has 'Standard')")
        XCTAssertEqual(assertFails(["line", "set", "S1", "2", "--quantity", "1"]), "alternative 'Standard' has no line 2 (it has 1 to 1)")
        XCTAssertEqual(assertFails(["line", "remove", "S1", "2"]), "alternative 'Standard' has no line 2 (it has 1 to 1)")
        XCTAssertEqual(assertFails(["line", "move", "S1", "1", "--to", "2"]), "position 2 is outside 1 to 1")
        XCTAssertEqual(try quote(), before)
    }

    func testEditingCommandsPrintAConfirmationTheAlternativeTotalsAndTheVersionStatus() throws {
        try makeQuote()
        let printed = try output(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        XCTAssertEqual(printed, """
            Added line 1 (W1 'Widget') to alternative 'Standard' of quote S1: 10 × 13.00, discount 13.00 (10.00 %), total 117.00, earning 17.00 (14.53 %).

            Alternative 1: Standard ★ (favourite)
              Totals             USD      %
              --------------  ------  -----
              Sub total       117.00
              Discount          0.00   0.00
              Total price     117.00
              VAT              29.25
              Total inc. VAT  146.25
              Earning          17.00  14.53

            Version 1 status:  ok

            """)
    }

    func testAnEditAgainstAnOlderRevisionIsRefusedAndSavesNothing() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "1", "--if-revision", "1"])
        XCTAssertThrowsError(try run(["line", "add", "S1", "--product", "W1", "--quantity", "2", "--if-revision", "1"])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .versionChanged, "\(error)")
            XCTAssertTrue("\(error)".contains("it is at revision 2, not 1"), "\(error)")
        }
        XCTAssertEqual(try lines("Standard").map(\.quantity), [1], "the refused edit saved nothing")
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "2", "--if-revision", "2"])
        XCTAssertEqual(try lines("Standard").map(\.quantity), [1, 2])
    }
}
