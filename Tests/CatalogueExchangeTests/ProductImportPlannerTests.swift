import CatalogueExchange
import Foundation
import QuoteModel
import XCTest

final class ProductImportPlannerTests: XCTestCase {
    let existing = [
        Product(id: 1, priceListId: 7, code: "A1", name: "Bolt", vatPercent: 25, unitCost: 2, unitListPrice: ExactDecimal("9.80")!),
        Product(id: 2, priceListId: 7, code: "A2", name: "Nut", vatPercent: 12, unitListPrice: 3),
        Product(id: 3, priceListId: 7, code: "A3", name: "Nut", vatPercent: 12, unitListPrice: 4),
    ]

    /// The plan for CSV text against ``existing``.
    func plan(_ csv: String, key: ImportKey = .code, culture: NumberCulture = .enUS, overrides: [ColumnOverride] = []) throws -> ProductImportPlan {
        let sheet = try SpreadsheetFormat.csv.read(Data(csv.utf8))
        let columns = try ProductColumns(headers: sheet.headers, overrides: overrides, key: key)
        return ProductImportPlanner(key: key, culture: culture).plan(sheet, columns: columns, existing: existing, priceListId: 7)
    }

    func testRowsAreNewUpdatesOrUnchangedByTheirCode() throws {
        let plan = try plan("""
            Code,Name,List price,VAT %,Cost
            A1,Bolt,9.8,25,2.00
            A2,Nut,3.50,12,
            B1,Washer,0.75,6,0.2
            """)
        XCTAssertEqual(plan.unchangedRows, [2], "9.8 is 9.80 and 2.00 is 2")
        XCTAssertEqual(plan.updates.map(\.row), [3])
        XCTAssertEqual(plan.updates[0].changedFields, [.unitListPrice])
        XCTAssertEqual(plan.updates[0].after.id, 2)
        XCTAssertEqual(plan.additions.map(\.product.code), ["B1"])
        XCTAssertEqual(plan.additions[0].product.unitCost, ExactDecimal("0.2"))
        XCTAssertEqual(plan.additions[0].product.priceListId, 7)
        XCTAssertTrue(plan.isClean)
    }

    func testAnEmptyCellClearsCostButKeepsNameAndListPrice() throws {
        let plan = try plan("Code,Name,List price,Cost,Description\nA1,,,,new text\n")
        XCTAssertEqual(plan.updates.count, 1)
        let after = plan.updates[0].after
        XCTAssertEqual(after.name, "Bolt")
        XCTAssertEqual(after.unitListPrice, ExactDecimal("9.80"))
        XCTAssertNil(after.unitCost)
        XCTAssertEqual(plan.updates[0].changedFields, [.description, .unitCost])
    }

    func testEachBadRowIsAProblemWithItsRowColumnAndReason() throws {
        let plan = try plan("""
            Code,Name,Price,Moms,Kostnad
            C1,Good,10,25,
            C2,Bad price,ten,25,
            C3,Negative,-1,25,
            ,No code,5,25,
            C4,,5,25,
            C5,Odd VAT,5,19,
            C6,Negative cost,5,25,-0.01
            C7,No price,,25,
            """)
        XCTAssertEqual(plan.additions.map(\.row), [2])
        XCTAssertEqual(plan.problems.map(\.row), [3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(plan.problems.map(\.column), ["Price", "Price", "Code", "Name", "Moms", "Kostnad", "Price"])
        XCTAssertTrue(plan.problems[0].reason.contains("'ten' is not a number"), plan.problems[0].reason)
        XCTAssertTrue(plan.problems[1].reason.contains("must not be negative"), plan.problems[1].reason)
        XCTAssertTrue(plan.problems[2].reason.contains("code is missing"), plan.problems[2].reason)
        XCTAssertTrue(plan.problems[3].reason.contains("needs a name"), plan.problems[3].reason)
        XCTAssertTrue(plan.problems[4].reason.contains("19 % is not a VAT rate of this price list (the rates are 0, 6, 12, 25)"), plan.problems[4].reason)
        XCTAssertTrue(plan.problems[6].reason.contains("needs a list price"), plan.problems[6].reason)
        XCTAssertEqual(plan.rowsWithProblems, 7)
    }

    func testARepeatedKeyMakesEveryRowWithItAProblem() throws {
        let plan = try plan("Code,Name,Price\nD1,One,1\nD2,Two,2\nD1,Again,3\nD1,Thrice,4\n")
        XCTAssertEqual(plan.additions.map(\.row), [3])
        XCTAssertEqual(plan.problems.map(\.row), [2, 4, 5])
        XCTAssertTrue(plan.problems[0].reason.contains("also row 4, 5"), plan.problems[0].reason)
        XCTAssertEqual(Set(plan.problems.map(\.column)), ["Code"])
    }

    func testSwedishNumbersAreReadExactly() throws {
        let plan = try plan("Kod;Namn;Listpris;Kostnad\nE1;Skruv;\"1 234,50\";0,125\nE2;Mutter;1\u{00A0}000;\n", culture: .svSE)
        XCTAssertEqual(plan.additions.map(\.product.unitListPrice), [ExactDecimal("1234.50")!, 1000])
        XCTAssertEqual(plan.additions[0].product.unitCost, ExactDecimal("0.125"))
        XCTAssertEqual(plan.additions[0].product.unitListPrice.scale, 2)
        let english = try self.plan("Kod;Namn;Listpris\nE1;Skruv;\"1 234,50\"\n")
        XCTAssertEqual(english.problems.map(\.column), ["Listpris"], "en-US does not read Swedish numbers")
    }

    func testKeyByNameUpdatesTheNamedProductAndRefusesAnAmbiguousOrTakenCode() throws {
        let plan = try plan("Code,Name,Price\nZ9,Bolt,9.80\nA9,Nut,1\nA2,Screw,1\n", key: .name)
        XCTAssertEqual(plan.updates.map(\.after.id), [1])
        XCTAssertEqual(plan.updates[0].changedFields, [.code])
        XCTAssertTrue(plan.problems[0].reason.contains("that of 2 products"), plan.problems[0].reason)
        XCTAssertEqual(plan.problems[1].row, 4)
        XCTAssertTrue(plan.problems[1].reason.contains("that of product 'Nut'"), plan.problems[1].reason)
    }

    func testKeyByCodeAndNameNeedsBothToMatch() throws {
        let plan = try plan("Code,Name,Price\nA1,Bolt,10\nA1,Bolt,11\nA2,Nut,3\n", key: .both)
        XCTAssertEqual(plan.problems.map(\.row), [2, 3], "the same code twice")
        XCTAssertEqual(plan.unchangedRows, [4])
        let renamed = try self.plan("Code,Name,Price\nA1,Bolt M6,10\n", key: .both)
        XCTAssertTrue(renamed.problems[0].reason.contains("that of product 'Bolt'"), renamed.problems[0].reason)
    }

    func testYesNoCellsInEnglishAndSwedish() throws {
        let plan = try plan("Code,Name,Price,In assortment,Subscription\nF1,a,1,nej,Ja\nF2,b,1,TRUE,0\nF3,c,1,maybe,\n")
        XCTAssertEqual(plan.additions.map(\.product.inAssortment), [false, true])
        XCTAssertEqual(plan.additions.map(\.product.isSubscription), [true, false])
        XCTAssertEqual(plan.problems.map(\.column), ["In assortment"])
    }

    func testAnImageColumnIsAProblemOfTheHeaderAndIgnoredColumnsAreListed() throws {
        let plan = try plan("Code,Name,Price,Image,Remark\nG1,a,1,a.png,x\n")
        XCTAssertEqual(plan.problems.map(\.row), [1])
        XCTAssertEqual(plan.problems.map(\.column), ["Image"])
        XCTAssertTrue(plan.problems[0].reason.contains("pictures cannot be imported"), plan.problems[0].reason)
        XCTAssertEqual(plan.rowsWithProblems, 0)
        XCTAssertEqual(plan.additions.count, 1)
        XCTAssertEqual(plan.ignoredColumns, ["Remark"])
    }

    func testAnExportPlansNothingWhenImportedBack() throws {
        var products = existing
        products[0].description = "Line one,\n\"two\""
        products[0].stock = ExactDecimal("12.000")
        products[0].inAssortment = false
        products[1].unitMinimumPrice = ExactDecimal("2.5")
        products[1].extraFields = ExtraFields(["x", "", "z"])
        products[2].isSubscription = true
        products[2].defaultSubscriptionQuantity = 12
        for format in SpreadsheetFormat.allCases {
            let sheet = try format.read(try format.write(ProductExport.sheet(products)))
            let columns = try ProductColumns(headers: sheet.headers)
            XCTAssertEqual(columns.ignored, [], "\(format)")
            let plan = ProductImportPlanner().plan(sheet, columns: columns, existing: products, priceListId: 7)
            XCTAssertEqual(plan.unchangedRows.count, 3, "\(format)")
            XCTAssertEqual(plan.additions.count + plan.updates.count + plan.problems.count, 0, "\(format): \(plan)")
        }
    }
}
