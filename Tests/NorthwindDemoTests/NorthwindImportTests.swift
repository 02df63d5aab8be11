import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface
import XCTest

@testable import NorthwindDemo

final class NorthwindImportTests: XCTestCase {
    /// One imported database shared by the read-only tests (the import takes about a second).
    nonisolated(unsafe) static var shared: QuoteDatabase?

    func importedDatabase() throws -> QuoteDatabase {
        if let database = Self.shared { return database }
        let database = try QuoteDatabase.inMemory()
        try NorthwindImport.run(into: database)
        Self.shared = database
        return database
    }

    func count(_ table: String, _ database: QuoteDatabase, where condition: String = "1") throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)")! }
    }

    func testImportCreatesTheNorthwindCounts() throws {
        let database = try importedDatabase()
        XCTAssertEqual(try count("product", database), 77)
        XCTAssertEqual(try count("company", database), 91)
        XCTAssertEqual(try count("person", database), 91)
        XCTAssertEqual(try count("associate", database), 9)
        XCTAssertEqual(try count("sale", database), 830)
        XCTAssertEqual(try count("quote", database), 830)
        XCTAssertEqual(try count("quoteVersion", database), 830)
        XCTAssertEqual(try count("quoteAlternative", database), 830)
        XCTAssertEqual(try count("quoteLine", database), 2155)
        XCTAssertEqual(try count("priceList", database), 1)
    }

    func testUnshippedOrdersStayDraftsAndShippedOnesAreSoldWithTheOrderPlaced() throws {
        let database = try importedDatabase()
        // The unshipped orders are unsent versions: drafts, or (when a product is discontinued or
        // the discount passes the sale type's 20 % limit) drafts that need approval first.
        XCTAssertEqual(try database.quotes(state: .draft).count + database.quotes(state: .needsApproval).count, 21)
        XCTAssertEqual(try database.quotes(state: .needsApproval).count, 9)
        XCTAssertEqual(try database.quotes(state: .sold).count, 809)
        XCTAssertEqual(try count("quote", database, where: "acceptedAlternativeId IS NOT NULL"), 809)
        XCTAssertEqual(try count("sale", database, where: "status = 'open'"), 21)
        let draft = try database.quote(number: "11077")
        XCTAssertTrue([.draft, .needsApproval].contains(draft.version.version.state))
        XCTAssertNil(draft.quote.acceptedAlternativeId)
        XCTAssertNil(draft.version.version.sentDate)
    }

    func testEveryContactHasAMadeUpAddressUnderTheReservedExampleDomain() throws {
        let database = try importedDatabase()
        let emails = try database.read { db in try String.fetchAll(db, sql: "SELECT email FROM person ORDER BY id") }
        XCTAssertEqual(emails.count, 91)
        XCTAssertEqual(emails.first, "maria.anders@alfki.example")
        XCTAssertTrue(emails.contains("sergio.gutierrez@ranch.example"), "accents folded to ASCII")
        for email in emails {
            XCTAssertNotNil(email.wholeMatch(of: /[a-z0-9]+(\.[a-z0-9]+)*@[a-z]+\.example/), email)
        }
    }

    func testOnlyAndrewFullerCanApproveQuotes() throws {
        let approvers = try importedDatabase().associates().filter(\.canApproveQuote)
        XCTAssertEqual(approvers.map(\.name), ["Andrew Fuller"])
        XCTAssertEqual(approvers.first?.userName, "afuller")
    }

    func testProductsFormTheActiveNorthwindPriceListInUSD() throws {
        let database = try importedDatabase()
        let priceList = try database.priceList(named: "Northwind")
        XCTAssertTrue(priceList.isActive)
        XCTAssertEqual(priceList.currency, .usd)
        let chai = try database.product(code: "1")
        XCTAssertEqual(chai.name, "Chai")
        XCTAssertEqual(chai.quantityUnit, "10 boxes x 20 bags")
        XCTAssertEqual(chai.unitListPrice.description, "18")
        XCTAssertEqual(chai.productCategory, "Beverages")
        XCTAssertEqual(chai.supplier, "Exotic Liquids")
        XCTAssertEqual(chai.stock, 39)
        XCTAssertEqual(chai.vatPercent, 0)
        XCTAssertTrue(chai.inAssortment)
        XCTAssertFalse(try database.product(code: "5").inAssortment, "Chef Anton's Gumbo Mix is discontinued")
        XCTAssertEqual(try database.products().filter { !$0.inAssortment }.count, 8)
    }

    func testOrder10248HasItsThreeLinesWithHistoricPrices() throws {
        let detail = try importedDatabase().quote(number: "10248")
        XCTAssertEqual(detail.sale.number, "10248")
        XCTAssertEqual(detail.company.code, "VINET")
        XCTAssertEqual(detail.owner.name, "Steven Buchanan")
        XCTAssertEqual(detail.sale.date.description, "1996-07-04")
        let alternative = try XCTUnwrap(detail.version.alternatives.first)
        XCTAssertEqual(alternative.alternative.name, "Standard")
        XCTAssertEqual(detail.version.version.favouriteAlternativeId, alternative.alternative.id)
        XCTAssertEqual(detail.quote.acceptedAlternativeId, alternative.alternative.id)
        let lines = alternative.lines.map { [$0.code, $0.unitListPrice.description, $0.quantity.description, $0.discountPercent.description, $0.totalPrice.description] }
        XCTAssertEqual(lines, [
            ["11", "14", "12", "0", "168.00"],
            ["42", "9.8", "10", "0", "98.00"],
            ["72", "34.8", "5", "0", "174.00"],
        ])
        XCTAssertEqual(alternative.alternative.totalPrice, ExactDecimal("440.00"))
        XCTAssertEqual(detail.sale.amount, ExactDecimal("440.00"))
        XCTAssertEqual(detail.version.version.extraFields[1], "32.38", "freight is kept as extra field 1, not as a line")
        XCTAssertEqual(detail.version.version.deliveryAddress.street, "59 rue de l'Abbaye")
        XCTAssertEqual(detail.version.version.deliveryType, "Federal Shipping")
    }

    func testOrder10250AppliesItsDiscountsAsPercentages() throws {
        let alternative = try XCTUnwrap(try importedDatabase().quote(number: "10250").version.alternatives.first)
        let lines = alternative.lines.map { [$0.code, $0.unitListPrice.description, $0.quantity.description, $0.discountPercent.description, $0.discountAmount.description, $0.totalPrice.description] }
        XCTAssertEqual(lines, [
            ["41", "7.7", "10", "0", "0.00", "77.00"],
            ["51", "42.4", "35", "15", "222.60", "1261.40"],
            ["65", "16.8", "15", "15", "37.80", "214.20"],
        ])
        XCTAssertEqual(alternative.alternative.totalPrice.description, "1552.60")
    }

    func testTotalsUnderPerLineRoundingMatchAnIndependentComputation() throws {
        let database = try importedDatabase()
        // Recompute every order from the CSV with the line rule written out directly:
        // total = price × quantity − round(price × quantity × discount, 2).
        let folder = try XCTUnwrap(NorthwindData.bundledFolder)
        let text = try String(contentsOf: folder.appendingPathComponent("order_details.csv"), encoding: .utf8)
        var expected: [String: ExactDecimal] = [:]
        var unrounded = ExactDecimal.zero
        for line in text.split(separator: "\n").dropFirst() {
            let field = line.split(separator: ",").map { ExactDecimal(String($0))! }
            let gross = try field[2] * field[3]
            let discount = try gross * field[4]
            try expected[field[0].description, default: .zero] += gross - discount.rounded(scale: 2)
            try unrounded += gross - discount
        }
        let stored = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT quote.number, a.totalPrice FROM quote JOIN quoteVersion v ON v.quoteId = quote.id JOIN quoteAlternative a ON a.versionId = v.id")
                .map { (row: Row) in (row["number"] as String, ExactDecimal(row["totalPrice"] as String)!) }
        }
        XCTAssertEqual(stored.count, 830)
        for (number, total) in stored {
            XCTAssertEqual(total, expected[number], "order \(number)")
        }
        XCTAssertEqual(try unrounded.rounded(scale: 2).description, "1265793.04", "Northwind's published sales total")
        let perLineTotal = try stored.sum(\.1)
        XCTAssertNotEqual(perLineTotal, try unrounded.rounded(scale: 2), "rounding each line differs from rounding once for some orders")
    }

    func testImportIsIdempotent() throws {
        let database = try QuoteDatabase.inMemory()
        let first = try NorthwindImport.run(into: database)
        XCTAssertTrue(first.loaded)
        XCTAssertEqual(first.quotes, 830)
        let second = try NorthwindImport.run(into: database)
        XCTAssertFalse(second.loaded)
        XCTAssertEqual(second, NorthwindImportReport())
        XCTAssertEqual(try count("quoteLine", database), 2155)
        XCTAssertEqual(try count("sale", database), 830)
        XCTAssertEqual(try count("company", database), 91)
        XCTAssertEqual(try count("priceList", database), 1)
        XCTAssertEqual(try count("saleType", database), 2)
    }

    func testImportIsOneTransaction() throws {
        let database = try QuoteDatabase.inMemory()
        // Data that fails at the very last order: its detail names a product that does not exist.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("northwind-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try XCTUnwrap(NorthwindData.bundledFolder)
        for name in ["employees", "customers", "suppliers", "categories", "products", "shippers", "orders", "order_details"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent("\(name).csv"), to: folder.appendingPathComponent("\(name).csv"))
        }
        let details = folder.appendingPathComponent("order_details.csv")
        try (try String(contentsOf: details, encoding: .utf8) + "11077,999,1,1,0\n").write(to: details, atomically: true, encoding: .utf8)
        let data = try NorthwindData(folder: folder)
        XCTAssertThrowsError(try database.transaction { store in try NorthwindImport.insert(data, into: store) }) { error in
            XCTAssertTrue("\(error)".contains("no product '999'"), "\(error)")
        }
        XCTAssertEqual(try count("company", database), 0, "nothing of a failed import is kept")
        XCTAssertEqual(try count("associate", database), 0)
    }

    func testMalformedNumbersAreReportedWithFileRecordAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("northwind-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "ProductID,ProductName,SupplierID,CategoryID,QuantityPerUnit,UnitPrice,UnitsInStock,UnitsOnOrder,ReorderLevel,Discontinued\n1,Chai,1,1,box,18,39,0,10,0\n2,Chang,1,1,box,1e3,17,40,25,0\n"
            .write(to: folder.appendingPathComponent("products.csv"), atomically: true, encoding: .utf8)
        let table = try NorthwindTable("products", in: folder)
        XCTAssertThrowsError(try table.rows[1].decimal("UnitPrice")) { error in
            XCTAssertEqual("\(error)", "northwind/products.csv record 2 (UnitPrice): '1e3' is not a decimal number")
        }
    }
}
