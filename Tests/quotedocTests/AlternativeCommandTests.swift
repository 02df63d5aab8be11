import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `alternative add|copy|rename|remove|favourite|discount` run end to end against a database file.
final class AlternativeCommandTests: EditingTestCase {
    private func alternatives() throws -> [QuoteAlternative] {
        try quote().version.alternatives.map(\.alternative)
    }

    private func favourite() throws -> String? {
        try quote().version.favourite?.alternative.name
    }

    func testAlternativeAddAppendsAnEmptyAlternativeAndKeepsTheFavourite() throws {
        try makeQuote()
        try run(["alternative", "add", "S1", "Premium"])
        XCTAssertEqual(try alternatives().map(\.name), ["Standard", "Premium"])
        XCTAssertEqual(try alternatives().map(\.rank), [1, 2])
        XCTAssertEqual(try lines("Premium"), [])
        XCTAssertEqual(try favourite(), "Standard")
    }

    func testAlternativesAreRefusedWhenTheSaleTypeDoesNotAllowThem() throws {
        try makeQuote(allowsAlternatives: false)
        let before = try quote()
        XCTAssertEqual(assertFails(["alternative", "add", "S1", "Premium"]), "this sale type does not allow alternatives")
        XCTAssertEqual(assertFails(["alternative", "copy", "S1", "Standard", "--as", "Premium"]), "this sale type does not allow alternatives")
        XCTAssertEqual(try quote(), before)
    }

    func testADiscountPastTheExactDecimalRangeFailsNamingTheAlternativeAndSavesNothing() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        let before = try quote()
        let largest = ExactDecimal.maximumSignificand.description
        XCTAssertEqual(assertFails(["alternative", "discount", "S1", "Standard", "--amount", largest]),
                       "alternative 'Standard': a figure is too large to price: \(largest) written with 2 decimals is too large: "
                           + "an exact decimal holds at most \(largest) (39 digits)")
        XCTAssertEqual(try quote(), before)
    }

    func testAlternativeCopyCopiesTheLinesAndTheDiscount() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        try run(["line", "add", "S1", "--name", "Installation", "--price", "250", "--quantity", "1"])
        try run(["alternative", "discount", "S1", "Standard", "--percent", "5"])
        try run(["alternative", "copy", "S1", "Standard", "--as", "Premium"])
        let detail = try quote()
        let standard = try XCTUnwrap(detail.version.alternatives.first)
        let premium = try XCTUnwrap(detail.version.alternatives.last)
        XCTAssertEqual(premium.alternative.name, "Premium")
        XCTAssertEqual(premium.lines.map(\.name), standard.lines.map(\.name))
        XCTAssertEqual(premium.lines.map(\.totalPrice), standard.lines.map(\.totalPrice))
        XCTAssertTrue(Set(premium.lines.compactMap(\.id)).isDisjoint(with: standard.lines.compactMap(\.id)), "the copy has its own lines")
        XCTAssertEqual(premium.alternative.valueOverride, .discountPercent)
        XCTAssertEqual(premium.alternative.discountPercent, 5)
        XCTAssertEqual(premium.alternative.totalPrice, standard.alternative.totalPrice)
        XCTAssertEqual(detail.version.favourite?.alternative.name, "Standard")
    }

    func testAlternativeRenameKeepsItsLinesAndFavouriteMark() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "1"])
        try run(["alternative", "rename", "S1", "Standard", "--to", "Basic"])
        XCTAssertEqual(try alternatives().map(\.name), ["Basic"])
        XCTAssertEqual(try lines("Basic").map(\.code), ["W1"])
        XCTAssertEqual(try favourite(), "Basic")
    }

    func testAlternativeRemoveDropsItsLinesAndPassesTheFavouriteOn() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        try run(["alternative", "copy", "S1", "Standard", "--as", "Premium"])
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--alternative", "Premium"])
        try run(["alternative", "favourite", "S1", "Premium"])
        XCTAssertEqual(try quote().sale.amount.description, "260.00")
        let printed = try output(["alternative", "remove", "S1", "Premium"])
        XCTAssertTrue(printed.hasPrefix("Removed alternative 'Premium' from quote S1; the favourite is 'Standard'.\n"), printed)
        XCTAssertEqual(try alternatives().map(\.name), ["Standard"])
        XCTAssertEqual(try favourite(), "Standard")
        XCTAssertEqual(try quote().sale.amount.description, "130.00")
        XCTAssertEqual(try lines().count, 1)
    }

    func testTheOnlyAlternativeCannotBeRemoved() throws {
        try makeQuote()
        let before = try quote()
        XCTAssertEqual(
            assertFails(["alternative", "remove", "S1", "Standard"]),
            "'Standard' is the only alternative; a version keeps at least one")
        XCTAssertEqual(try quote(), before)
    }

    func testAlternativeFavouriteChangesTheSaleAmount() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10", "--discount-percent", "10"])
        try run(["alternative", "add", "S1", "Premium"])
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "100", "--alternative", "Premium"])
        XCTAssertEqual(try quote().sale.amount.description, "117.00")
        let printed = try output(["alternative", "favourite", "S1", "Premium"])
        XCTAssertTrue(printed.hasPrefix("Alternative 'Premium' is now the favourite of quote S1; sale S1 is at 1300.00 USD.\n"), printed)
        XCTAssertEqual(try favourite(), "Premium")
        XCTAssertEqual(try quote().sale.amount.description, "1300.00")
        try run(["alternative", "favourite", "S1", "Standard"])
        XCTAssertEqual(try quote().sale.amount.description, "117.00")
    }

    func testAlternativeDiscountOfTenPercentReconcilesTotalsAndVAT() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "7", "--discount-percent", "3"])
        try run(["line", "add", "S1", "--product", "G1", "--quantity", "3"])
        try run(["line", "add", "S1", "--name", "Installation", "--price", "33.33", "--quantity", "1", "--vat", "12"])
        try run(["alternative", "discount", "S1", "Standard", "--percent", "10"])
        let detail = try quote()
        let alternative = try XCTUnwrap(detail.version.alternatives.first?.alternative)
        XCTAssertEqual(alternative.valueOverride, .discountPercent)
        XCTAssertEqual(alternative.discountPercent, 10)
        XCTAssertEqual(alternative.subTotal.description, "271.60")
        XCTAssertEqual(alternative.discountAmount.description, "27.16")
        XCTAssertEqual(try alternative.subTotal - alternative.discountAmount, alternative.totalPrice)
        let figures = try XCTUnwrap(detail.figures.alternatives.first)
        XCTAssertEqual(try figures.lines.sum(\.vatAmount), alternative.vatAmount)
        XCTAssertEqual(try figures.lines.sum(\.totalPriceWithAlternativeDiscount), alternative.totalPrice)
        XCTAssertEqual(try figures.groups.sum(\.sumVat), alternative.vatAmount)
        XCTAssertEqual(detail.sale.amount, alternative.totalPrice)
    }

    func testAlternativeDiscountAmountBecomesTheMasterAndSurvivesNewLines() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        try run(["alternative", "discount", "S1", "Standard", "--amount", "30"])
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        let alternative = try XCTUnwrap(alternatives().first)
        XCTAssertEqual(alternative.valueOverride, .discountAmount)
        XCTAssertEqual(alternative.discountAmount.description, "30.00")
        XCTAssertEqual(alternative.totalPrice.description, "230.00")
        XCTAssertEqual(try alternative.discountPercent.rounded(scale: 2).description, "11.54")
    }

    func testAlternativeDiscountOverOneHundredPercentIsRefusedAndNothingSaved() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        let before = try quote()
        let message = assertFails(["alternative", "discount", "S1", "Standard", "--percent", "150"])
        XCTAssertTrue(message.contains("alternative 'Standard': discount 150 % is outside 0 to 100"), message)
        XCTAssertEqual(try quote(), before)
    }

    func testUnknownAndDuplicateNamesAreRefusedAndNothingSaved() throws {
        try makeQuote()
        try run(["alternative", "add", "S1", "Premium"])
        let before = try quote()
        let unknown = "no alternative 'Gold' (the version has 'Standard', 'Premium')"
        XCTAssertEqual(assertFails(["alternative", "copy", "S1", "Gold", "--as", "Silver"]), unknown)
        XCTAssertEqual(assertFails(["alternative", "rename", "S1", "Gold", "--to", "Silver"]), unknown)
        XCTAssertEqual(assertFails(["alternative", "remove", "S1", "Gold"]), unknown)
        XCTAssertEqual(assertFails(["alternative", "favourite", "S1", "Gold"]), unknown)
        XCTAssertEqual(assertFails(["alternative", "discount", "S1", "Gold", "--percent", "5"]), unknown)
        XCTAssertEqual(assertFails(["alternative", "add", "S1", "Premium"]), "the version has an alternative 'Premium' already")
        XCTAssertEqual(assertFails(["alternative", "rename", "S1", "Standard", "--to", "Premium"]), "the version has an alternative 'Premium' already")
        XCTAssertEqual(assertFails(["alternative", "add", "S1", " Gold"]), "an alternative needs a name without leading or trailing spaces")
        XCTAssertEqual(assertFails(["alternative", "add", "S9", "Gold"]), "no quote 'S9'")
        XCTAssertEqual(try quote(), before)
    }
}
