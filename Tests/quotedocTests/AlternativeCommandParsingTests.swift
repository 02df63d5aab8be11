import ArgumentParser
import QuoteModel
import XCTest

@testable import quotedoc

/// Parsing of `alternative add|copy|rename|remove|favourite|discount` and `quote recalc`.
final class AlternativeCommandParsingTests: EditingTestCase {
    func testAlternativeAddRemoveAndFavouriteReadQuoteAndName() throws {
        let add = try parse(["alternative", "add", "S1", "Premium plus"], as: AlternativeAddCommand.self)
        XCTAssertEqual(add.quote, "S1")
        XCTAssertEqual(add.name, "Premium plus")
        let remove = try parse(["alternative", "remove", "S1", "Premium"], as: AlternativeRemoveCommand.self)
        XCTAssertEqual(remove.name, "Premium")
        let favourite = try parse(["alternative", "favourite", "S1", "Premium", "--json"], as: AlternativeFavouriteCommand.self)
        XCTAssertEqual(favourite.name, "Premium")
        XCTAssertTrue(favourite.output.json)
    }

    func testAlternativeCopyAndRenameReadTheNewName() throws {
        let copy = try parse(["alternative", "copy", "S1", "Standard", "--as", "Premium"], as: AlternativeCopyCommand.self)
        XCTAssertEqual(copy.name, "Standard")
        XCTAssertEqual(copy.newName, "Premium")
        let rename = try parse(["alternative", "rename", "S1", "Standard", "--to", "Basic"], as: AlternativeRenameCommand.self)
        XCTAssertEqual(rename.name, "Standard")
        XCTAssertEqual(rename.newName, "Basic")
    }

    func testAlternativeCopyAndRenameWithoutTheNewNameAreUsageErrors() {
        assertUsageError(["alternative", "copy", "S1", "Standard"])
        assertUsageError(["alternative", "rename", "S1", "Standard"])
        assertUsageError(["alternative", "add", "S1"])
    }

    func testAlternativeDiscountKeepsTheValueExactlyAsTyped() throws {
        let percent = try parse(["alternative", "discount", "S1", "Standard", "--percent", "12.50"], as: AlternativeDiscountCommand.self)
        XCTAssertEqual(percent.percent?.description, "12.50")
        XCTAssertNil(percent.amount)
        let amount = try parse(["alternative", "discount", "S1", "Standard", "--amount", "100.005"], as: AlternativeDiscountCommand.self)
        XCTAssertEqual(amount.amount?.description, "100.005")
        XCTAssertNil(amount.percent)
    }

    func testAlternativeDiscountNeedsExactlyOneNonNegativeValue() {
        assertUsageError(["alternative", "discount", "S1", "Standard"])
        assertUsageError(["alternative", "discount", "S1", "Standard", "--percent", "10", "--amount", "5"])
        assertUsageError(["alternative", "discount", "S1", "Standard", "--percent=-10"])
        assertUsageError(["alternative", "discount", "S1", "Standard", "--amount=-5"])
        for text in ["ten", "1e1", "nan", "10%"] {
            assertUsageError(["alternative", "discount", "S1", "Standard", "--percent", text])
        }
    }

    func testQuoteRecalcReadsTheQuoteNumber() throws {
        let command = try parse(["quote", "recalc", "10248", "--database", "/tmp/q.sqlite"], as: QuoteRecalcCommand.self)
        XCTAssertEqual(command.quote, "10248")
        XCTAssertEqual(command.global.path, "/tmp/q.sqlite")
        assertUsageError(["quote", "recalc"])
    }
}
