import Foundation
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `quote show` with statuses, groups and every figure; `quote recalc`; the JSON every editing
/// command prints; and the refusal to edit a version that is not a draft.
final class QuoteShowAndRecalcTests: EditingTestCase {
    /// Quote S1 with a widget line priced below cost, a gadget line and a free-text line.
    private func makeQuoteWithLines() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--total", "90"])
        try run(["line", "add", "S1", "--product", "G1", "--quantity", "2"])
        try run(["line", "add", "S1", "--name", "Installation", "--price", "40", "--quantity", "1", "--cost", "20", "--vat", "25"])
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testQuoteShowTextShowsStatusesReasonsAndCategoryGroups() throws {
        try makeQuoteWithLines()
        let printed = try output(["quote", "show", "S1"])
        let reason = "warning: line 1 W1 'Widget' is priced below its cost of 10 a unit"
        XCTAssertTrue(printed.contains("Status:      warning\n             \(reason)\n"), printed)
        let alternative = try XCTUnwrap(printed.range(of: "Alternative 1:").map { String(printed[$0.lowerBound...]) })
        XCTAssertEqual(alternative, """
            Alternative 1: Standard ★ (favourite)
              Status:  warning
                       \(reason)
              Totals             USD      %
              --------------  ------  -----
              Sub total       230.00
              Discount          0.00   0.00
              Total price     230.00
              VAT              32.50
              Total inc. VAT  262.50
              Earning          70.00  30.43

              #  Code  Name          Unit price  Quantity  Disc %  Discount   Total  Status
              -  ----  ------------  ----------  --------  ------  --------  ------  -------
              1  W1    Widget             13.00        10   30.77     40.00   90.00  warning
              2  G1    Gadget             50.00         2    0.00      0.00  100.00
              3        Installation       40.00         1    0.00      0.00   40.00

              Category  Lines   Total    VAT
              --------  -----  ------  -----
              (none)        1   40.00  10.00
              Gadgets       1  100.00   0.00
              Hardware      1   90.00  22.50

            """)
    }

    func testQuoteShowJSONCarriesEveryComputedFigureAsExactDecimalStrings() throws {
        try makeQuoteWithLines()
        try run(["alternative", "discount", "S1", "Standard", "--percent", "10"])
        let shown = try json(output(["quote", "show", "S1", "--json"]))
        XCTAssertEqual(Set(shown.keys), ["quote", "sale", "company", "owner", "saleType", "versions", "version", "figures"])
        let figures = try XCTUnwrap(shown["figures"] as? [String: Any])
        XCTAssertEqual(figures["currency"] as? String, "USD")
        XCTAssertEqual(figures["roundingPolicy"] as? String, "perLine")
        XCTAssertEqual(figures["favourite"] as? String, "Standard")
        XCTAssertEqual(figures["status"] as? String, "warning")
        XCTAssertEqual(figures["totalPrice"] as? String, "207.00")
        XCTAssertEqual(figures["vatAmount"] as? String, "29.25")
        XCTAssertEqual(figures["totalPriceIncVAT"] as? String, "236.25")
        XCTAssertEqual(figures["earningAmount"] as? String, "47.00")
        let alternative = try XCTUnwrap((figures["alternatives"] as? [[String: Any]])?.first)
        XCTAssertEqual(alternative["subTotal"] as? String, "230.00")
        XCTAssertEqual(alternative["discountAmount"] as? String, "23.00")
        XCTAssertEqual(alternative["sumDiscountAmount"] as? String, "63.00")
        XCTAssertEqual(alternative["numLines"] as? Int, 3)
        XCTAssertEqual(alternative["status"] as? String, "warning")
        XCTAssertEqual(alternative["reason"] as? String, "warning: line 1 W1 'Widget' is priced below its cost of 10 a unit")
        let lines = try XCTUnwrap(alternative["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["totalPriceWithAlternativeDiscount"] as? String }, ["81.00", "90.00", "36.00"])
        XCTAssertEqual(lines.map { $0["vatAmount"] as? String }, ["20.25", "0.00", "9.00"])
        let groups = try XCTUnwrap(alternative["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["groupField"] as? String }, ["", "Gadgets", "Hardware"])
        XCTAssertEqual(groups.map { $0["sumTotalPrice"] as? String }, ["40.00", "100.00", "90.00"])
        XCTAssertEqual(groups.map { $0["sumVat"] as? String }, ["9.00", "0.00", "20.25"])
        let storedLine = try XCTUnwrap(((shown["version"] as? [String: Any])?["alternatives"] as? [[String: Any]])?.first?["lines"] as? [[String: Any]])
        XCTAssertEqual(storedLine.first?["status"] as? String, "warning")
        XCTAssertEqual(storedLine.first?["discountAmount"] as? String, "40.00")
    }

    func testEveryEditingCommandPrintsTheSameJSONAsQuoteShow() throws {
        try makeQuote()
        let commands = [
            ["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"],
            ["line", "add", "S1", "--name", "Installation", "--price", "40", "--quantity", "1"],
            ["line", "set", "S1", "1", "--quantity", "100"],
            ["line", "move", "S1", "2", "--to", "1"],
            ["line", "remove", "S1", "1"],
            ["alternative", "add", "S1", "Spare"],
            ["alternative", "copy", "S1", "Standard", "--as", "Premium"],
            ["alternative", "rename", "S1", "Premium", "--to", "Gold"],
            ["alternative", "discount", "S1", "Gold", "--amount", "70"],
            ["alternative", "favourite", "S1", "Gold"],
            ["alternative", "remove", "S1", "Spare"],
            ["quote", "recalc", "S1"],
        ]
        for command in commands {
            let printed = try output(command + ["--json"])
            XCTAssertEqual(printed, try output(["quote", "show", "S1", "--json"]), "\(command)")
        }
        XCTAssertEqual(try quote().sale.amount.description, "1100.00")
    }

    func testQuoteRecalcRevalidatesAndLeavesThePricesAsTheyWere() throws {
        try makeQuote()
        XCTAssertEqual(try quote().version.version.status, .ok, "a new quote has not been validated yet")
        let printed = try output(["quote", "recalc", "S1"])
        XCTAssertTrue(printed.hasPrefix("Recalculated version 1 of quote S1.\n"), printed)
        let version = try quote().version.version
        XCTAssertEqual(version.status, .okWithInfo)
        XCTAssertEqual(version.reason, "okWithInfo: alternative 'Standard' has no lines")
        XCTAssertTrue(printed.contains("Version 1 status:  okWithInfo\n                   okWithInfo: alternative 'Standard' has no lines"), printed)

        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        let before = try quote()
        try run(["quote", "recalc", "S1"])
        XCTAssertEqual(try quote(), before)
        XCTAssertEqual(assertFails(["quote", "recalc", "S9"]), "no quote 'S9'")
    }

    func testEditingSoldNorthwindQuote10248IsRefusedAndNothingChanged() throws {
        try run(["init", "--demo"])
        let before = try quote("10248")
        XCTAssertEqual(before.version.version.state, .sold)
        let refusal = "version 1 of quote 10248 is sold and cannot be edited\nHint: create a new version with `quotedoc version new 10248`"
        for command in [
            ["line", "add", "10248", "--name", "Extra", "--price", "1", "--quantity", "1"],
            ["line", "set", "10248", "1", "--quantity", "99"],
            ["line", "remove", "10248", "1"],
            ["line", "move", "10248", "1", "--to", "2"],
            ["alternative", "add", "10248", "Premium"],
            ["alternative", "rename", "10248", "Standard", "--to", "Basic"],
            ["alternative", "discount", "10248", "Standard", "--percent", "5"],
            ["quote", "recalc", "10248"],
        ] {
            XCTAssertEqual(assertFails(command), refusal, "\(command)")
        }
        XCTAssertEqual(try quote("10248"), before)
    }
}
