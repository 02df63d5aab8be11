import CatalogueExchange
import Foundation
import QuoteModel
import QuoteWorkflow
import StorageInterface
import XCTest

/// `importProducts` writes what its dry run said, all good rows in one transaction or none, and
/// an export imports back as nothing to do. The price list "Main" starts with W1 (Widget, list
/// 13, cost 10, VAT 25 %).
final class ProductImportTests: WorkflowTestCase {
    /// The openpyxl-made workbook of the CatalogueExchange tests (Swedish headers and numbers).
    static let openpyxlWorkbook = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CatalogueExchangeTests/Resources/openpyxl-products.xlsx")

    static let csv = """
        Code;Name;List price;Cost;VAT %
        W1;Widget;"14,50";10;25
        N1;New one;"1 000,25";;12
        N2;Bad price;12x;;25
        N3;First;5;;25
        N3;Second;6;;25
        N4;Negative;-1;;25
        N5;New two;7;"0,5";0
        """

    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func products() throws -> [Product] {
        try workflow.storage.snapshot { store in try store.products(inPriceList: store.priceList(named: "Main")!.id!) }
    }

    func testACSVFileImportsAsItsDryRunSaid() throws {
        let file = try write(Self.csv, to: "products.csv")
        let options = ProductImportOptions(priceListName: "Main", culture: .svSE)
        let dryRun = try workflow.importProducts(file: file, options: options, dryRun: true)
        XCTAssertEqual(dryRun.outcome, .dryRun)
        XCTAssertEqual([dryRun.new, dryRun.updates, dryRun.unchanged, dryRun.rowsWithProblems], [2, 1, 0, 4])
        XCTAssertEqual(dryRun.problems.map(\.row), [4, 5, 6, 7])
        XCTAssertEqual(dryRun.changes.map(\.fields), [["list-price"]])
        XCTAssertEqual(try products().map(\.code), ["W1"], "a dry run writes nothing")

        let applied = try workflow.importProducts(file: file, options: options, dryRun: false)
        XCTAssertEqual(applied.outcome, .applied)
        XCTAssertEqual([applied.new, applied.updates, applied.unchanged, applied.rowsWithProblems], [dryRun.new, dryRun.updates, dryRun.unchanged, dryRun.rowsWithProblems])
        XCTAssertEqual(applied.problems, dryRun.problems)
        let stored = try products()
        XCTAssertEqual(stored.map(\.code), ["N1", "N5", "W1"])
        XCTAssertEqual(stored.first { $0.code == "N1" }?.unitListPrice, ExactDecimal("1000.25"))
        XCTAssertEqual(stored.first { $0.code == "N5" }?.unitCost, ExactDecimal("0.5"))
        XCTAssertEqual(stored.first { $0.code == "W1" }?.unitListPrice, ExactDecimal("14.50"))
        XCTAssertEqual(stored.first { $0.code == "W1" }?.id, widget.id, "updated in place")

        let again = try workflow.importProducts(file: file, options: options, dryRun: true)
        XCTAssertEqual([again.new, again.updates, again.unchanged], [0, 0, 3], "the same file again changes nothing")
    }

    func testAnXLSXWorkbookFromASpreadsheetProgramImportsAsItsDryRunSaid() throws {
        let options = ProductImportOptions(priceListName: "Main", culture: .svSE)
        let file = Self.openpyxlWorkbook.path
        let dryRun = try workflow.importProducts(file: file, options: options, dryRun: true)
        XCTAssertEqual([dryRun.new, dryRun.updates, dryRun.unchanged, dryRun.rowsWithProblems], [3, 0, 0, 7])
        XCTAssertEqual(Set(dryRun.problems.map(\.row)), [1, 2, 4, 5, 6, 7, 8, 9], "the picture column (row 1), P-100 twice, and one bad row each")
        XCTAssertEqual(dryRun.ignoredColumns, ["Anteckning"])
        let applied = try workflow.importProducts(file: file, options: options, dryRun: false)
        XCTAssertEqual(applied.additions, dryRun.additions)
        let stored = try products()
        XCTAssertEqual(stored.map(\.code), ["P-101", "P-106", "W1", "1001"], "by code, numbers after the rest as the store orders them")
        let big = try XCTUnwrap(stored.first { $0.code == "P-106" })
        XCTAssertEqual(big.unitListPrice, ExactDecimal("1234567.891"))
        XCTAssertEqual(big.unitCost, ExactDecimal("0.1"))
        XCTAssertEqual(big.name, "Stor & <liten>")
        XCTAssertEqual(stored.first { $0.code == "P-101" }?.unitListPrice, ExactDecimal("1234.50"))
        XCTAssertEqual(stored.first { $0.code == "P-101" }?.inAssortment, false)
    }

    func testStrictRefusesAFileWithAProblemAndWritesNothing() throws {
        let file = try write(Self.csv, to: "products.csv")
        let report = try workflow.importProducts(file: file, options: ProductImportOptions(priceListName: "Main", culture: .svSE, strict: true), dryRun: false)
        XCTAssertEqual(report.outcome, .refused)
        XCTAssertEqual(report.rowsWithProblems, 4)
        XCTAssertEqual(try products(), [widget])
    }

    func testARowWithTheCodeOfARemovedProductBringsItsRowBack() throws {
        let removed = try workflow.storage.transaction { store in
            var removed = try store.insert(Product(priceListId: widget.priceListId, code: "Q1", name: "Gone", unitListPrice: 1))
            removed.isRemoved = true
            try store.update(removed)
            return removed
        }
        let file = try write("Code,Name,List price\nQ1,Back,2\n", to: "products.csv")
        let report = try workflow.importProducts(file: file, options: ProductImportOptions(priceListName: "Main"), dryRun: false)
        XCTAssertEqual(report.new, 1)
        let back = try XCTUnwrap(try products().first { $0.code == "Q1" })
        XCTAssertEqual(back.id, removed.id)
        XCTAssertEqual(back.name, "Back")
        XCTAssertFalse(back.isRemoved)
    }

    func testAnExportImportsBackAsNothingToDo() throws {
        let file = try write(Self.csv, to: "products.csv")
        _ = try workflow.importProducts(file: file, options: ProductImportOptions(priceListName: "Main", culture: .svSE), dryRun: false)
        for format in SpreadsheetFormat.allCases {
            let exported = folder.appendingPathComponent("export.\(format.rawValue)")
            try workflow.exportPriceList(named: "Main", format: format).write(to: exported)
            let report = try workflow.importProducts(file: exported.path, options: ProductImportOptions(priceListName: "Main"), dryRun: true)
            XCTAssertEqual([report.new, report.updates, report.problems.count], [0, 0, 0], "\(format): \(report.problems)")
            XCTAssertEqual(report.unchanged, 3, "\(format)")
            XCTAssertEqual(report.ignoredColumns, [], "\(format)")
        }
    }

    func testAFileThatCannotBeReadIsAnErrorNamingIt() throws {
        let missing = folder.appendingPathComponent("missing.csv").path
        XCTAssertThrowsError(try workflow.importProducts(file: missing, options: ProductImportOptions(priceListName: "Main"), dryRun: true)) { error in
            XCTAssertTrue("\(error)".contains(missing), "\(error)")
        }
        let broken = try write("not a workbook", to: "broken.xlsx")
        XCTAssertThrowsError(try workflow.importProducts(file: broken, options: ProductImportOptions(priceListName: "Main"), dryRun: true)) { error in
            XCTAssertTrue("\(error)".contains("cannot import '\(broken)' as XLSX"), "\(error)")
        }
        let noCode = try write("Name,Price\na,1\n", to: "nocode.csv")
        XCTAssertThrowsError(try workflow.importProducts(file: noCode, options: ProductImportOptions(priceListName: "Main"), dryRun: true)) { error in
            XCTAssertTrue("\(error)".contains("no column for the product's code"), "\(error)")
        }
    }
}
