import ArgumentParser
import QuoteModel
import XCTest

@testable import quotedoc

/// Parsing of `line add|set|remove|move`: values arrive exactly as typed, malformed or
/// contradictory input is a usage error (exit 64).
final class LineCommandParsingTests: EditingTestCase {
    private let masters: [(option: String, field: ValueOverride)] = [
        ("--discount-percent", .discountPercent), ("--discount-amount", .discountAmount), ("--total", .totalPrice),
        ("--earning-percent", .earningPercent), ("--earning-amount", .earningAmount),
    ]

    func testLineAddKeepsProductQuantityAndMasterExactlyAsTyped() throws {
        let command = try parse(
            ["line", "add", "S1", "--product", "W1", "--pricelist", "Main", "--quantity", "10.50",
             "--discount-percent", "7.50", "--alternative", "Premium"],
            as: LineAddCommand.self)
        XCTAssertEqual(command.quote, "S1")
        XCTAssertEqual(command.product, "W1")
        XCTAssertEqual(command.pricelist, "Main")
        XCTAssertEqual(command.quantity.description, "10.50")
        XCTAssertEqual(command.alternative, "Premium")
        XCTAssertEqual(command.master.given?.field, .discountPercent)
        XCTAssertEqual(command.master.given?.value.description, "7.50")
        XCTAssertNil(command.name)
        XCTAssertNil(command.price)
    }

    func testLineAddReadsAFreeTextLineWithCostVATAndDescription() throws {
        let command = try parse(
            ["line", "add", "S1", "--name", "Installation", "--price", "250.00", "--quantity", "2", "--cost", "99.125",
             "--vat", "25", "--description", "On site"],
            as: LineAddCommand.self)
        XCTAssertNil(command.product)
        XCTAssertEqual(command.name, "Installation")
        XCTAssertEqual(command.price?.description, "250.00")
        XCTAssertEqual(command.cost?.description, "99.125")
        XCTAssertEqual(command.vat?.description, "25")
        XCTAssertEqual(command.description, "On site")
        XCTAssertNil(command.alternative)
        XCTAssertNil(command.master.given)
    }

    func testLineAddWithoutAMasterLeavesTheLineWithoutOne() throws {
        let command = try parse(["line", "add", "S1", "--product", "W1", "--quantity", "1"], as: LineAddCommand.self)
        var line = QuoteLine(alternativeId: 1, rank: 1, name: "Widget", unitListPrice: 13, quantity: 1)
        command.master.apply(to: &line)
        XCTAssertEqual(line.valueOverride, .none)
    }

    func testEachMasterOptionMakesItsFieldTheMasterWithTheValueAsTyped() throws {
        for (option, field) in masters {
            let command = try parse(["line", "set", "S1", "1", option, "12.340"], as: LineSetCommand.self)
            var line = QuoteLine(alternativeId: 1, rank: 1, name: "Widget", unitListPrice: 13, quantity: 1)
            command.master.apply(to: &line)
            XCTAssertEqual(line.valueOverride, field, option)
            let value: ExactDecimal? = switch field {
            case .discountPercent: line.discountPercent
            case .discountAmount: line.discountAmount
            case .totalPrice: line.totalPrice
            case .earningPercent: line.earningPercent
            case .earningAmount: line.earningAmount
            case .none: nil
            }
            XCTAssertEqual(value?.description, "12.340", option)
        }
    }

    func testTwoMasterOptionsAreAUsageError() {
        for (index, first) in masters.enumerated() {
            for second in masters[(index + 1)...] {
                assertUsageError(["line", "add", "S1", "--product", "W1", "--quantity", "1", first.option, "1", second.option, "2"])
                assertUsageError(["line", "set", "S1", "1", first.option, "1", second.option, "2"])
            }
        }
    }

    func testNegativeOrMalformedQuantityIsAUsageError() {
        for text in ["-1", "-0.5", "abc", "1e3", "nan", "inf", "1,5", ""] {
            assertUsageError(["line", "add", "S1", "--product", "W1", "--quantity=\(text)"])
            assertUsageError(["line", "set", "S1", "1", "--quantity=\(text)"])
        }
        assertUsageError(["line", "add", "S1", "--product", "W1", "--quantity", "-1"])
    }

    func testNegativePricesCostsVATAndDiscountsAreUsageErrors() {
        let freeText = ["line", "add", "S1", "--name", "Work", "--quantity", "1"]
        assertUsageError(freeText + ["--price=-1"])
        assertUsageError(freeText + ["--price", "1", "--cost=-0.01"])
        assertUsageError(freeText + ["--price", "1", "--vat=-25"])
        assertUsageError(freeText + ["--price", "1", "--discount-percent=-5"])
        assertUsageError(freeText + ["--price", "1", "--discount-amount=-5"])
        assertUsageError(freeText + ["--price", "1", "--total=-5"])
        for option in ["--list-price", "--cost", "--minimum-price", "--vat", "--discount-percent", "--total"] {
            assertUsageError(["line", "set", "S1", "1", "\(option)=-1"])
        }
    }

    func testANegativeEarningIsAcceptedAsASaleAtALoss() throws {
        let command = try parse(["line", "set", "S1", "1", "--earning-amount=-5.00"], as: LineSetCommand.self)
        XCTAssertEqual(command.master.given?.field, .earningAmount)
        XCTAssertEqual(command.master.given?.value.description, "-5.00")
    }

    func testLineAddNeedsEitherAProductOrANameAndAPrice() {
        assertUsageError(["line", "add", "S1", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--product", "W1", "--name", "Widget", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--product", "W1", "--price", "1", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--name", "Work", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--price", "1", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--name", "", "--price", "1", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--name", "Work", "--price", "1", "--pricelist", "Main", "--quantity", "1"])
        assertUsageError(["line", "add", "S1", "--product", "W1"])
    }

    func testLineSetReadsOnlyTheGivenFields() throws {
        let command = try parse(
            ["line", "set", "S1", "2", "--quantity", "100", "--minimum-price", "9.90", "--alternative", "Premium"],
            as: LineSetCommand.self)
        XCTAssertEqual(command.selection.quote, "S1")
        XCTAssertEqual(command.selection.rank, 2)
        XCTAssertEqual(command.selection.alternative, "Premium")
        XCTAssertEqual(command.quantity?.description, "100")
        XCTAssertEqual(command.minimumPrice?.description, "9.90")
        XCTAssertNil(command.listPrice)
        XCTAssertNil(command.cost)
        XCTAssertNil(command.vat)
        XCTAssertNil(command.name)
        XCTAssertNil(command.description)
        XCTAssertNil(command.master.given)
    }

    func testLineSetWithNothingToChangeIsAUsageError() {
        assertUsageError(["line", "set", "S1", "1"])
        assertUsageError(["line", "set", "S1", "1", "--alternative", "Standard"])
        assertUsageError(["line", "set", "S1", "1", "--name", ""])
    }

    func testLineRemoveAndMoveReadTheirRanks() throws {
        let remove = try parse(["line", "remove", "S1", "3", "--alternative", "Premium"], as: LineRemoveCommand.self)
        XCTAssertEqual(remove.selection.rank, 3)
        XCTAssertEqual(remove.selection.alternative, "Premium")
        let move = try parse(["line", "move", "S1", "3", "--to", "1"], as: LineMoveCommand.self)
        XCTAssertEqual(move.selection.quote, "S1")
        XCTAssertEqual(move.selection.rank, 3)
        XCTAssertEqual(move.newRank, 1)
        XCTAssertNil(move.selection.alternative)
    }

    func testZeroNegativeOrNonNumericRanksAreUsageErrors() {
        assertUsageError(["line", "remove", "S1", "0"])
        assertUsageError(["line", "remove", "S1", "first"])
        assertUsageError(["line", "set", "S1", "1.5", "--quantity", "1"])
        assertUsageError(["line", "move", "S1", "2", "--to", "0"])
        assertUsageError(["line", "move", "S1", "2"])
    }
}
