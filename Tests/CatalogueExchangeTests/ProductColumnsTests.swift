import CatalogueExchange
import QuoteModel
import XCTest

final class ProductColumnsTests: XCTestCase {
    func testHeadersMatchEnglishAndSwedishLabelsAndAliasesIgnoringCaseAndAccents() throws {
        let headers = ["Article number", "BENÄMNING", "Listpris", "kostnad", "Moms %", "Leverantor", "SKU code", "VAT info", "extra-field-2"]
        let columns = try ProductColumns(headers: headers)
        XCTAssertEqual(columns.fields[0], .code)
        XCTAssertEqual(columns.fields[1], .name)
        XCTAssertEqual(columns.fields[2], .unitListPrice)
        XCTAssertEqual(columns.fields[3], .unitCost)
        XCTAssertEqual(columns.fields[4], .vatPercent)
        XCTAssertEqual(columns.fields[5], .supplier, "accents are ignored both ways")
        XCTAssertNil(columns.fields[6])
        XCTAssertEqual(columns.fields[7], .vatInfo)
        XCTAssertEqual(columns.fields[8], .extraField2)
        XCTAssertEqual(columns.ignored, ["SKU code"])
    }

    func testEveryExportedLabelMatchesItsOwnField() {
        for field in ProductField.exchanged {
            XCTAssertEqual(ProductColumns.field(forHeader: field.englishLabel), field, field.englishLabel)
            XCTAssertEqual(ProductColumns.field(forHeader: field.swedishLabel), field, field.swedishLabel)
            XCTAssertEqual(ProductColumns.field(forHeader: field.name), field, field.name)
        }
    }

    func testAMapOverridesTheHeadersOwnMatchAndCanIgnoreAColumn() throws {
        let columns = try ProductColumns(
            headers: ["Code", "Name", "Price", "Pris ex moms"],
            overrides: [try ColumnOverride("Price=ignore"), try ColumnOverride("pris ex moms=list-price")])
        XCTAssertEqual(columns.fields, [0: .code, 1: .name, 3: .unitListPrice])
        XCTAssertEqual(columns.ignored, ["Price"])
    }

    func testTwoColumnsGivingOneFieldAreRefusedNamingBoth() {
        XCTAssertThrowsError(try ProductColumns(headers: ["Code", "Price", "List price"])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .invalid)
            XCTAssertTrue("\(error)".contains("'Price' and 'List price'"), "\(error)")
        }
        XCTAssertThrowsError(try ProductColumns(headers: ["Code", "Name", "Cost"], overrides: [try ColumnOverride("Cost=name")]))
    }

    func testAMapNamingNoColumnOrNoFieldOrTheSameColumnTwiceIsRefused() throws {
        XCTAssertThrowsError(try ProductColumns(headers: ["Code"], overrides: [try ColumnOverride("Pris=list-price")])) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notFound)
        }
        XCTAssertThrowsError(try ColumnOverride("Pris=quantity"), "a quote line's field")
        XCTAssertThrowsError(try ColumnOverride("Pris"))
        XCTAssertThrowsError(try ProductColumns(headers: ["Code", "Pris"], overrides: [try ColumnOverride("Pris=cost"), try ColumnOverride("PRIS=list-price")]))
    }

    func testAFileWithoutACodeColumnIsRefusedAndANameColumnIsNeededForKeyName() {
        XCTAssertThrowsError(try ProductColumns(headers: ["Name", "Price"]))
        XCTAssertThrowsError(try ProductColumns(headers: ["Code", "Price"], key: .name))
        XCTAssertNoThrow(try ProductColumns(headers: ["Code", "Price"], key: .code))
    }

    func testAnImageColumnIsSetAsideAndQuoteLineFieldsAreIgnored() throws {
        let columns = try ProductColumns(headers: ["Code", "Bild", "Quantity", ""])
        XCTAssertEqual(columns.imageColumn, "Bild")
        XCTAssertEqual(columns.fields, [0: .code])
        XCTAssertEqual(columns.ignored, ["Quantity", "column 4"])
    }
}
