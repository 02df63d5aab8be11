import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `pricelist edit|copy` and `product edit|retire|restore|remove`, parsed and run end to end.
final class CatalogueCommandTests: XCTestCase {
    private var folder: URL!
    private var database: QuoteDatabase!
    private var path: String { folder.appendingPathComponent("quotedoc.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try QuoteDatabase.create(at: path)
        try run(["pricelist", "add", "--name", "Main", "--currency", "USD"])
        try run(["product", "add", "--pricelist", "Main", "--code", "W1", "--name", "Widget", "--list-price", "9.80", "--cost", "4.125", "--description", "A widget"])
        try run(["product", "add", "--pricelist", "Main", "--code", "G1", "--name", "Gadget", "--list-price", "18"])
    }

    override func tearDownWithError() throws {
        database = nil
        try FileManager.default.removeItem(at: folder)
    }

    private func run(_ arguments: [String]) throws {
        var command = try QuoteDoc.parseAsRoot(arguments + ["--database", path])
        try command.run()
    }

    private func assertUsageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try run(arguments), file: file, line: line) { error in
            XCTAssertEqual(QuoteDoc.exitCode(for: error), .validationFailure, "\(error)", file: file, line: line)
        }
    }

    private func assertRefused(_ code: QuoteError.Code, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try run(arguments), file: file, line: line) { error in
            XCTAssertEqual((error as? QuoteError)?.code, code, "\(error)", file: file, line: line)
            XCTAssertEqual(QuoteDoc.exitCode(for: error), .failure, file: file, line: line)
        }
    }

    func testCopyWithARateConvertsEveryProductsPrices() throws {
        try run(["pricelist", "copy", "Main", "Main EUR", "--currency", "EUR", "--rate", "0.92", "--valid-from", "2027-01-01"])
        let copy = try database.priceList(named: "Main EUR")
        XCTAssertEqual(copy.currency, .eur)
        XCTAssertEqual(copy.validFrom, LocalDate(year: 2027, month: 1, day: 1))
        let products = try database.products(in: copy)
        XCTAssertEqual(products.map(\.code), ["G1", "W1"])
        XCTAssertEqual(products.map(\.unitListPrice), [ExactDecimal("16.56")!, ExactDecimal("9.02")!])
        XCTAssertEqual(products.last?.unitCost, ExactDecimal("3.80"), "4.125 × 0.92 = 3.795 → 3.80")
    }

    func testCopyOptionsThatContradictAreUsageErrors() {
        assertUsageError(["pricelist", "copy", "Main", "X", "--rate", "0.92"])
        assertUsageError(["pricelist", "copy", "Main", "X", "--currency", "EUR"])
        assertUsageError(["pricelist", "copy", "Main", "X", "--currency", "EUR", "--rate", "0.92", "--zero-prices"])
        assertUsageError(["pricelist", "copy", "Main", "X", "--currency", "EUR", "--rate", "-1"])
        assertRefused(.notFound, ["pricelist", "copy", "Nope", "X"])
    }

    func testEditChangesOnlyWhatIsGiven() throws {
        try run(["pricelist", "edit", "Main", "--name", "Main 2027", "--valid-to", "2027-12-31", "--disable-active"])
        let list = try database.priceList(named: "Main 2027")
        XCTAssertEqual(list.validTo, LocalDate(year: 2027, month: 12, day: 31))
        XCTAssertFalse(list.isActive)
        try run(["pricelist", "edit", "Main 2027", "--no-valid-to", "--enable-active"])
        XCTAssertNil(try database.priceList(named: "Main 2027").validTo)
        XCTAssertTrue(try database.priceList(named: "Main 2027").isActive)
        assertUsageError(["pricelist", "edit", "Main 2027"])

        try run(["product", "edit", "W1", "--list-price", "10.50", "--extra-field", "2=Blue", "--clear", "cost", "--clear", "description"])
        let widget = try database.product(code: "W1")
        XCTAssertEqual(widget.unitListPrice, ExactDecimal("10.50"))
        XCTAssertNil(widget.unitCost)
        XCTAssertEqual(widget.description, "")
        XCTAssertEqual(widget.extraFields[2], "Blue")
        XCTAssertEqual(widget.name, "Widget")
        assertUsageError(["product", "edit", "W1", "--clear", "list-price"])
        assertUsageError(["product", "edit", "W1", "--extra-field", "6=x"])
        assertRefused(.duplicate, ["product", "edit", "W1", "--new-code", "G1"])
        XCTAssertEqual(try database.product(code: "W1").unitListPrice, ExactDecimal("10.50"), "a refused edit changes nothing")
    }

    func testRetireRestoreAndRemove() throws {
        try run(["product", "retire", "W1"])
        XCTAssertFalse(try database.product(code: "W1").inAssortment)
        assertRefused(.invalid, ["product", "retire", "W1"])
        try run(["product", "restore", "W1"])
        XCTAssertTrue(try database.product(code: "W1").inAssortment)
        try run(["product", "remove", "G1"])
        XCTAssertEqual(try database.products().map(\.code), ["W1"])
        assertRefused(.notFound, ["product", "remove", "G1"])
    }
}
