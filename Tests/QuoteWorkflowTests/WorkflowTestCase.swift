import Foundation
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
class WorkflowTestCase: XCTestCase {
    var folder: URL!
    var database: QuoteDatabase!
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
        database = try QuoteDatabase.create(at: folder.appendingPathComponent("quotedoc.sqlite").path)
        workflow = QuoteWorkflow(storage: database)
        let ann = try database.add(Associate(userName: "ann", name: "Ann Smith"))
        try database.add(Associate(userName: "boss", name: "Bo Ss", canApproveQuote: true))
        let company = try database.add(Company(code: "ACME", name: "Acme Corp", address: PostalAddress(street: "1 Main St", city: "Springfield", country: "USA"))).company
        let list = try database.add(PriceList(name: "Main", currency: .usd))
        widget = try database.add(Product(priceListId: list.id!, code: "W1", name: "Widget", vatPercent: 25, unitCost: 10, unitListPrice: 13))
        let standard = try database.saleType(named: "Standard")
        try addSale("S1", owner: ann, company: company, saleType: standard)
        _ = try workflow.createQuote(saleNumber: "S1", acting: acting())
    }

    override func tearDownWithError() throws {
        database = nil
        workflow = nil
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func addSale(_ number: String, owner: Associate, company: Company, saleType: SaleType) throws {
        try database.add(Sale(number: number, title: "Sale \(number)", ownerId: owner.id!, companyId: company.id!, saleTypeId: saleType.id!, currency: .usd, date: today))
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
