import Foundation
import PostgresTestSupport
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

/// The base of the workflow tests: each test gets its own folder with a new database holding a
/// salesperson (ann), an approver (boss), a company, a price list with a widget (cost 10, list
/// 13) and an open sale S1 of the seeded Standard sale type (30 days' validity). The use cases
/// run in-process, on the repository's templates.
///
/// The database is a SQLite file; with `QUOTEDOC_TEST_STORE=postgres` it is a new schema on the
/// tests' PostgreSQL server instead (`.ci/run` runs these suites both ways), so the same
/// assertions hold the two stores to the same behaviour.
class WorkflowTestCase: XCTestCase {
    var folder: URL!
    var storage: (any QuoteStorage)!
    var workflow: QuoteWorkflow!
    var widget: Product!
    let today = LocalDate(year: 2026, month: 3, day: 10)!
    let now = Date(timeIntervalSince1970: 1_773_136_800)

    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates", isDirectory: true)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storage = try Self.makeStorage(folder: folder)
        workflow = QuoteWorkflow(storage: storage)
        let ann = try workflow.addAssociate(Associate(userName: "ann", name: "Ann Smith"))
        _ = try workflow.addAssociate(Associate(userName: "boss", name: "Bo Ss", canApproveQuote: true))
        let company = try addCompany(Company(code: "ACME", name: "Acme Corp", address: PostalAddress(street: "1 Main St", city: "Springfield", country: "USA")))
        let list = try workflow.addPriceList(PriceList(name: "Main", currency: .usd))
        widget = try workflow.addProduct(Product(priceListId: list.id!, code: "W1", name: "Widget", vatPercent: 25, unitCost: 10, unitListPrice: 13), priceListName: "Main")
        try addSale("S1", owner: ann, company: company, saleType: try saleType(named: "Standard"))
        _ = try workflow.createQuote(saleNumber: "S1", acting: acting())
    }

    override func tearDownWithError() throws {
        storage = nil
        workflow = nil
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// A new database in `folder`, or a new schema on PostgreSQL (see the type's description).
    static func makeStorage(folder: URL) throws -> any QuoteStorage {
        switch ProcessInfo.processInfo.environment["QUOTEDOC_TEST_STORE"] ?? "sqlite" {
        case "sqlite": try QuoteDatabase.create(at: folder.appendingPathComponent("quotedoc.sqlite").path)
        case "postgres": try TestPostgres.freshStore()
        case let other: throw QuoteError(.invalid, "QUOTEDOC_TEST_STORE is sqlite or postgres, not \(other)")
        }
    }

    func addSale(_ number: String, owner: Associate, company: Company, saleType: SaleType, status: SaleStatus = .open) throws {
        _ = try storage.transaction { store in
            try store.insert(Sale(number: number, title: "Sale \(number)", ownerId: owner.id!, companyId: company.id!, saleTypeId: saleType.id!, currency: .usd, status: status, date: today))
        }
    }

    func addCompany(_ company: Company) throws -> Company {
        try storage.transaction { store in try store.insert(company, contact: nil).0 }
    }

    func saleType(named name: String) throws -> SaleType {
        try XCTUnwrap(try storage.snapshot { store in try store.saleType(named: name) })
    }

    func acting(_ user: String? = nil) -> QuoteWorkflow.Acting {
        QuoteWorkflow.Acting(user: user, today: today, now: now)
    }

    /// The renderer on the repository's templates and a writer into `Output` in the test's folder.
    func output() throws -> DocumentOutput {
        DocumentOutput(
            renderer: DocumentRenderer(library: try TemplateLibrary(folder: Self.templatesFolder)),
            writer: DocumentWriter(outputFolder: folder.appendingPathComponent("Output", isDirectory: true)))
    }

    /// Adds `quantity` widgets to the active version of `quote` at `price` each (below the cost of
    /// 10 is a warning that needs approval).
    @discardableResult
    func addWidgets(_ quote: String = "S1", quantity: ExactDecimal = 2, price: ExactDecimal = 13, as user: String? = nil) throws -> QuoteDetail {
        try workflow.edit(quoteNumber: quote, acting: acting(user)) { version, _ in
            var line = QuoteLine(copying: widget, alternativeId: 0, rank: 0, quantity: quantity)
            line.unitListPrice = price
            version.appendLine(line, to: 0)
        }.detail
    }

    /// Asserts `body` throws a ``QuoteError`` with `code`.
    /// ``assertRefused(_:_:file:line:)`` for a use case that waits on a connector.
    func assertRefused<T>(_ code: QuoteError.Code, file: StaticString = #filePath, line: UInt = #line, _ body: () async throws -> T) async {
        do {
            _ = try await body()
            XCTFail("not refused", file: file, line: line)
        } catch {
            XCTAssertEqual((error as? QuoteError)?.code, code, "\(error)", file: file, line: line)
        }
    }

    func assertRefused<T>(_ code: QuoteError.Code, _ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? QuoteError)?.code, code, "\(error)", file: file, line: line)
        }
    }
}
