import ArgumentParser
import QuoteModel
import XCTest

@testable import quotedoc

/// Parsing only: values arrive exactly as typed, malformed input is a usage error (exit 64).
final class ArgumentParsingTests: XCTestCase {
    private func parse<Command: ParsableCommand>(_ arguments: [String], as _: Command.Type) throws -> Command {
        let parsed = try QuoteDoc.parseAsRoot(arguments)
        return try XCTUnwrap(parsed as? Command, "parsed \(type(of: parsed)), not \(Command.self)")
    }

    /// Asserts that parsing `arguments` fails with a usage error (exit code 64).
    private func assertUsageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try QuoteDoc.parseAsRoot(arguments), "\(arguments)", file: file, line: line) { error in
            XCTAssertEqual(QuoteDoc.exitCode(for: error), .validationFailure, "\(arguments)", file: file, line: line)
            XCTAssertEqual(QuoteDoc.exitCode(for: error).rawValue, 64, file: file, line: line)
        }
    }

    private let productAdd = ["product", "add", "--pricelist", "Main", "--code", "P1", "--name", "Widget"]

    func testProductAddKeepsDecimalsExactlyAsTyped() throws {
        let command = try parse(
            productAdd + ["--list-price", "9.80", "--cost", "4.125", "--vat", "25", "--stock", "0.50"],
            as: ProductAddCommand.self)
        XCTAssertEqual(command.listPrice.description, "9.80")
        XCTAssertEqual(command.listPrice.scale, 2)
        XCTAssertEqual(command.cost?.description, "4.125")
        XCTAssertEqual(command.vat, ExactDecimal(25))
        XCTAssertEqual(command.stock?.description, "0.50")
        XCTAssertNil(command.minimumPrice)
    }

    func testProductAddReadsEveryFieldOption() throws {
        let command = try parse(
            productAdd + [
                "--list-price", "18", "--description", "Tea", "--unit", "10 boxes x 20 bags", "--price-unit", "box",
                "--item-number", "1.2", "--url", "https://example.com/chai", "--category", "Beverages",
                "--family", "Tea", "--type", "Goods", "--supplier", "Exotic Liquids", "--supplier-code", "1",
                "--vat-info", "Inc VAT", "--minimum-price", "15.00", "--not-in-assortment", "--subscription",
                "--subscription-unit", "month", "--subscription-quantity", "12", "--extra-field", "a",
                "--extra-field", "b",
            ],
            as: ProductAddCommand.self)
        XCTAssertEqual(command.unit, "10 boxes x 20 bags")
        XCTAssertEqual(command.priceUnit, "box")
        XCTAssertEqual(command.url, "https://example.com/chai")
        XCTAssertEqual(command.supplierCode, "1")
        XCTAssertEqual(command.minimumPrice?.description, "15.00")
        XCTAssertTrue(command.notInAssortment)
        XCTAssertTrue(command.subscription)
        XCTAssertEqual(command.subscriptionQuantity, ExactDecimal(12))
        XCTAssertEqual(command.extraField, ["a", "b"])
    }

    func testSaleAddDefaultsToStandardTypeUSDAndNoDate() throws {
        let command = try parse(
            ["sale", "add", "--number", "S1", "--title", "Widgets", "--company", "ACME", "--owner", "ann"],
            as: SaleAddCommand.self)
        XCTAssertEqual(command.type, "Standard")
        XCTAssertEqual(command.currency, .usd)
        XCTAssertNil(command.date)
        XCTAssertNil(command.personId)
    }

    func testSaleAddReadsDateCurrencyAndPerson() throws {
        let command = try parse(
            ["sale", "add", "--number", "S1", "--title", "T", "--company", "ACME", "--owner", "ann",
             "--date", "2024-02-29", "--currency", "sek", "--person-id", "7"],
            as: SaleAddCommand.self)
        XCTAssertEqual(command.date, LocalDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(command.currency, .sek)
        XCTAssertEqual(command.personId, 7)
    }

    func testSaleListReadsStatusCompanyAndJSONFlag() throws {
        let command = try parse(["sale", "list", "--status", "lost", "--company", "ALFKI", "--json"], as: SaleListCommand.self)
        XCTAssertEqual(command.status, .lost)
        XCTAssertEqual(command.company, "ALFKI")
        XCTAssertTrue(command.output.json)
    }

    func testQuoteListReadsCamelCaseState() throws {
        let command = try parse(["quote", "list", "--state", "needsApproval"], as: QuoteListCommand.self)
        XCTAssertEqual(command.state, .needsApproval)
    }

    func testQuoteShowReadsNumberVersionAndDatabase() throws {
        let command = try parse(["quote", "show", "10248", "2", "--database", "/tmp/q.sqlite"], as: QuoteShowCommand.self)
        XCTAssertEqual(command.number, "10248")
        XCTAssertEqual(command.version, 2)
        XCTAssertEqual(command.global.path, "/tmp/q.sqlite")
        XCTAssertFalse(command.output.json)
    }

    func testQuoteNewDefaultsToSaleNumberAndStandardAlternative() throws {
        let command = try parse(["quote", "new", "--sale", "S1"], as: QuoteNewCommand.self)
        XCTAssertEqual(command.sale, "S1")
        XCTAssertNil(command.number)
        XCTAssertEqual(command.alternative, "Standard")
    }

    func testPriceListAddReadsCurrencyAndValidity() throws {
        let command = try parse(
            ["pricelist", "add", "--name", "EU", "--currency", "EUR", "--valid-from", "2026-01-01",
             "--valid-to", "2026-12-31", "--inactive"],
            as: PriceListAddCommand.self)
        XCTAssertEqual(command.currency, .eur)
        XCTAssertEqual(command.validFrom?.description, "2026-01-01")
        XCTAssertEqual(command.validTo?.description, "2026-12-31")
        XCTAssertTrue(command.inactive)
    }

    func testMalformedDecimalsAreUsageErrors() {
        for text in ["abc", "1e3", "nan", "inf", "1,5", "9.", ".5", "0x10", "", " 9.80"] {
            assertUsageError(productAdd + ["--list-price", text])
        }
    }

    func testNegativeAmountsAreUsageErrors() {
        assertUsageError(productAdd + ["--list-price=-1"])
        assertUsageError(productAdd + ["--list-price", "1", "--cost=-0.01"])
        assertUsageError(productAdd + ["--list-price", "1", "--subscription-quantity=-2"])
    }

    func testMalformedDatesAreUsageErrors() {
        for text in ["2026-02-30", "26-01-01", "2026/01/01", "2026-1-1", "today"] {
            assertUsageError(["pricelist", "add", "--name", "EU", "--currency", "EUR", "--valid-from", text])
        }
    }

    func testValidityEndingBeforeItStartsIsAUsageError() {
        assertUsageError(["pricelist", "add", "--name", "EU", "--currency", "EUR", "--valid-from", "2026-02-01", "--valid-to", "2026-01-31"])
    }

    func testUnknownCurrencyIsAUsageError() {
        assertUsageError(["pricelist", "add", "--name", "EU", "--currency", "XYZ"])
    }

    func testUnknownStateAndStatusValuesAreUsageErrors() {
        assertUsageError(["quote", "list", "--state", "pending"])
        assertUsageError(["sale", "list", "--status", "won"])
    }

    func testUnknownOptionsAndSubcommandsAreUsageErrors() {
        assertUsageError(["sale", "list", "--colour", "red"])
        assertUsageError(["quote", "show", "10248", "--revision", "2"])
        assertUsageError(["quote", "frobnicate"])
    }

    func testMissingRequiredOptionsAreUsageErrors() {
        assertUsageError(["product", "add", "--pricelist", "Main", "--code", "P1", "--name", "Widget"])
        assertUsageError(["quote", "new"])
    }

    func testZeroRevIsAUsageError() {
        assertUsageError(["quote", "show", "10248", "0"])
    }

    func testContactDetailsWithoutContactAreAUsageError() {
        assertUsageError(["company", "add", "--code", "ACME", "--name", "Acme", "--contact-email", "a@b.example"])
    }

    func testTooManyExtraFieldsAreAUsageError() {
        assertUsageError(productAdd + ["--list-price", "1"] + Array(repeating: ["--extra-field", "x"], count: 6).flatMap { $0 })
    }
}
