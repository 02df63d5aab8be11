import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// Commands run end to end against a database file in a temporary folder.
final class CommandRunTests: XCTestCase {
    private var folder: URL!
    private var path: String { folder.appendingPathComponent("quotedoc.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    /// Parses `arguments` with `--database` pointing at the test file, then runs the command.
    private func run(_ arguments: [String], database: String? = nil) throws {
        var command = try QuoteDoc.parseAsRoot(arguments + ["--database", database ?? path])
        try command.run()
    }

    /// `run` for a command that calls the ERP (and so runs asynchronously), as `company show`.
    private func runAsync(_ arguments: [String]) async throws {
        let command = try QuoteDoc.parseAsRoot(arguments + ["--database", path])
        var asynchronous = try XCTUnwrap(command as? any AsyncParsableCommand, "\(arguments) is not asynchronous")
        try await asynchronous.run()
    }

    /// A new database with an associate, a company with one contact, and a price list.
    private func makeDatabase() throws -> QuoteDatabase {
        let database = try QuoteDatabase.create(at: path)
        try run(["associate", "add", "--user-name", "ann", "--name", "Ann Smith", "--can-approve-quote"])
        try run(["company", "add", "--code", "ACME", "--name", "Acme Corp", "--city", "Springfield",
                 "--contact", "Wile E. Coyote", "--contact-email", "wile@acme.example"])
        try run(["pricelist", "add", "--name", "Main", "--currency", "EUR"])
        return database
    }

    private func storeError(_ arguments: [String], database: String? = nil) -> QuoteError? {
        do {
            try run(arguments, database: database)
            XCTFail("\(arguments) did not fail")
            return nil
        } catch {
            XCTAssertEqual(QuoteDoc.exitCode(for: error), .failure, "a failed operation exits with 1")
            return error as? QuoteError
        }
    }

    func testCompanyAddThenShowReadsTheCompanyAndContactBack() async throws {
        let database = try makeDatabase()
        try await runAsync(["company", "show", "ACME"])
        try await runAsync(["company", "show", "ACME", "--json"])
        let stored = try database.company(code: "ACME")
        XCTAssertEqual(stored.company.name, "Acme Corp")
        XCTAssertEqual(stored.company.address.city, "Springfield")
        XCTAssertEqual(stored.people.map(\.firstName), ["Wile"])
        XCTAssertEqual(stored.people.map(\.lastName), ["E. Coyote"])
        XCTAssertEqual(stored.people.first?.email, "wile@acme.example")
    }

    func testAssociateAddStoresTheApproveRight() throws {
        let database = try makeDatabase()
        let ann = try database.associate(userName: "ann")
        XCTAssertEqual(ann.name, "Ann Smith")
        XCTAssertTrue(ann.canApproveQuote)
    }

    func testProductAddStoresTheExactPrice() throws {
        let database = try makeDatabase()
        try run(["product", "add", "--pricelist", "Main", "--code", "P1", "--name", "Widget",
                 "--list-price", "9.80", "--cost", "4.125", "--vat", "25", "--extra-field", "red"])
        let product = try database.product(code: "P1", in: database.priceList(named: "Main"))
        XCTAssertEqual(product.unitListPrice.description, "9.80")
        XCTAssertEqual(product.unitCost?.description, "4.125")
        XCTAssertEqual(product.vatPercent, ExactDecimal(25))
        XCTAssertEqual(product.extraFields[1], "red")
        XCTAssertTrue(product.inAssortment)
    }

    func testProductAddToAnUnknownPriceListFailsWithNotFound() throws {
        _ = try makeDatabase()
        let error = storeError(["product", "add", "--pricelist", "Nope", "--code", "P1", "--name", "W", "--list-price", "1"])
        XCTAssertEqual(error?.code, .notFound)
    }

    func testSaleAddThenQuoteNewCreatesADraftQuoteWithOneFavouriteAlternative() throws {
        let database = try makeDatabase()
        let contact = try XCTUnwrap(database.company(code: "ACME").people.first?.id)
        try run(["sale", "add", "--number", "S1", "--title", "Widgets", "--company", "ACME", "--owner", "ann",
                 "--person-id", String(contact), "--currency", "EUR", "--date", "2026-03-01"])
        let sale = try database.sale(number: "S1")
        XCTAssertEqual(sale.sale.currency, .eur)
        XCTAssertEqual(sale.sale.date.description, "2026-03-01")
        XCTAssertEqual(sale.saleType.name, "Standard")
        XCTAssertEqual(sale.person?.id, contact)

        try run(["quote", "new", "--sale", "S1", "--alternative", "Basic"])
        let quote = try database.quote(number: "S1")
        XCTAssertEqual(quote.sale.number, "S1")
        XCTAssertEqual(quote.version.version.state, .draft)
        XCTAssertEqual(quote.version.alternatives.map(\.alternative.name), ["Basic"])
        XCTAssertEqual(quote.version.favourite?.alternative.name, "Basic")
        try run(["quote", "show", "S1"])
        try run(["quote", "list", "--state", "draft", "--json"])
    }

    func testSaleAddWithAPersonOfNoContactOfTheCompanyFails() throws {
        _ = try makeDatabase()
        XCTAssertThrowsError(try run(["sale", "add", "--number", "S1", "--title", "T", "--company", "ACME",
                                      "--owner", "ann", "--person-id", "999"])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notFound, "\(error)")
            XCTAssertTrue("\(error)".contains("company ACME has no contact person with id 999"), "\(error)")
        }
    }

    func testQuoteShowOfAnUnknownNumberThrowsNotFound() throws {
        _ = try makeDatabase()
        let error = storeError(["quote", "show", "99999"])
        XCTAssertEqual(error?.code, .notFound)
        XCTAssertTrue(error?.description.contains("99999") == true)
    }

    func testReadCommandOnAMissingDatabaseSaysToRunInitAndCreatesNothing() {
        let missing = folder.appendingPathComponent("missing.sqlite").path
        let error = storeError(["sale", "list"], database: missing)
        XCTAssertEqual(error?.code, .databaseMissing)
        XCTAssertEqual(error?.value, missing)
        let printed = error.map(CommandHint.describe) ?? ""
        XCTAssertTrue(printed.contains("create one with `quotedoc init`"), printed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testNonSQLiteFileIsRefusedAndLeftByteIdentical() throws {
        let bytes = Data("name,price\nWidget,9.80\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = storeError(["company", "list"])
        XCTAssertEqual(error?.code, .notAQuotedocDatabase)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testInitCreatesAnEmptyDatabaseAndKeepsAnExistingOne() throws {
        try run(["init"])
        let database = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try database.companies(), [])
        try run(["company", "add", "--code", "ACME", "--name", "Acme Corp"])
        try run(["init"])
        XCTAssertEqual(try QuoteDatabase.open(at: path).companies().map(\.code), ["ACME"])
    }

    func testDemoCreatesTheDatabaseWithNorthwindThenReusesIt() throws {
        // Its proposals go to the test's folder, never the repository's Output/.
        let output = ["--out", folder.appendingPathComponent("Output").path]
        try run(["demo"] + output)
        let database = try QuoteDatabase.open(at: path)
        let quotes = try database.quotes()
        XCTAssertFalse(quotes.isEmpty)
        XCTAssertNoThrow(try database.quote(number: DemoCommand.showcaseQuote))
        try run(["demo"] + output)
        XCTAssertEqual(try database.quotes().count, quotes.count, "a second demo run loads nothing again")
    }
}
