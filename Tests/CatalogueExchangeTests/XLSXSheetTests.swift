@testable import CatalogueExchange
import Foundation
import QuoteModel
import XCTest
import ZIPFoundation

final class XLSXSheetTests: XCTestCase {
    func testAWorkbookWrittenByTheWriterReadsBackCellForCell() throws {
        let rows = [
            SpreadsheetRow(number: 2, cells: [.text("A&B <x> \"q\""), .number(ExactDecimal("1234567890.123456789")!), .boolean(true), .text(" spaced ")]),
            SpreadsheetRow(number: 3, cells: [.text("Ärtor\r\nSoppa\tvarm"), .empty, .boolean(false), .number(ExactDecimal("-0.50")!)]),
        ]
        let sheet = Spreadsheet(headers: ["Text", "Number", "Flag", "More"], rows: rows)
        let bytes = try SpreadsheetFormat.xlsx.write(sheet)
        XCTAssertEqual(SpreadsheetFormat(fileName: "export.bin", bytes: bytes), .xlsx, "a workbook is known by its bytes")
        let read = try SpreadsheetFormat.xlsx.read(bytes)
        XCTAssertEqual(read.headers, sheet.headers)
        XCTAssertEqual(read.rows[1], rows[1])
        XCTAssertEqual(read.rows[0][column: 1], .text("1234567890.123456789"), "19 digits are kept as text, exactly")
        XCTAssertEqual(read.rows[0].cells.filter { $0 != read.rows[0][column: 1] }, rows[0].cells.filter { $0 != rows[0][column: 1] })
        XCTAssertEqual(read.rows[1][column: 3], .number(ExactDecimal("-0.50")!))
        XCTAssertEqual(read.rows[1][column: 3].text, "-0.50", "the scale is kept as written")
    }

    func testAWorkbookMadeByOpenpyxlResolvesItsStringsNumbersAndBooleans() throws {
        let sheet = try SpreadsheetFormat.xlsx.read(try Data(contentsOf: Self.resource("openpyxl-products.xlsx")))
        XCTAssertEqual(sheet.headers, ["Produktkod", "Namn", "Listpris", "Kostnad", "Moms %", "I lager", "Aktiv", "Leverantör", "Bild", "Anteckning"])
        XCTAssertEqual(sheet.rows.map(\.number), Array(2...11))
        XCTAssertEqual(Array(sheet.rows[0].cells.prefix(8)), [
            .text("P-100"), .text("Skruv M6"), .number(ExactDecimal("12.5")!), .number(ExactDecimal("7.25")!), .number(25), .number(100), .boolean(true), .text("Järn AB"),
        ])
        XCTAssertEqual(sheet.rows[1][column: 2], .text("1 234,50"))
        XCTAssertEqual(sheet.rows[1][column: 6], .boolean(false))
        XCTAssertEqual(sheet.rows[4][column: 0], .empty, "a missing cell is empty")
        XCTAssertEqual(sheet.rows[8][column: 1], .text("Stor & <liten>"))
        XCTAssertEqual(sheet.rows[8][column: 2], .number(ExactDecimal("1234567.891")!), "read from the XML text, not through a Double")
        XCTAssertEqual(sheet.rows[8][column: 3], .number(ExactDecimal("0.1")!))
        XCTAssertEqual(sheet.rows[9][column: 0], .number(1001))
    }

    func testSharedStringsJoinTheirRunsAndLeaveOutPhoneticText() throws {
        let strings = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
            <si><t>Code</t></si><si><r><t>Bolt</t></r><r><rPr><b/></rPr><t xml:space="preserve"> large</t></r></si>
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si/>
            </sst>
            """
        let shared = try XLSXSheetReader.readSharedStrings(Data(strings.utf8), partName: "xl/sharedStrings.xml")
        XCTAssertEqual(shared, ["Code", "Bolt large", "東京", ""])
        let sheetXML = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>
            </sheetData></worksheet>
            """
        let sheet = try XLSXSheetReader.readSheet(Data(sheetXML.utf8), partName: "sheet", sharedStrings: shared)
        XCTAssertEqual(sheet.rows[0].cells, [.text("Bolt large"), .text("東京"), .empty])
        let broken = sheetXML.replacingOccurrences(of: "<v>3</v>", with: "<v>9</v>")
        XCTAssertThrowsError(try XLSXSheetReader.readSheet(Data(broken.utf8), partName: "sheet", sharedStrings: shared)) { error in
            XCTAssertTrue("\(error)".contains("cell C2"), "\(error)")
        }
    }

    func testNumbersInExponentNotationAreReadExactly() {
        XCTAssertEqual(XLSXSheetReader.exactNumber("1.25E-3"), ExactDecimal("0.00125"))
        XCTAssertEqual(XLSXSheetReader.exactNumber("5E+20"), ExactDecimal("500000000000000000000"))
        XCTAssertEqual(XLSXSheetReader.exactNumber("-2.5e2"), ExactDecimal(-250))
        XCTAssertEqual(XLSXSheetReader.exactNumber("0.30000000000000004"), ExactDecimal("0.30000000000000004"))
    }

    func testANumberIsReadAsTheSpreadsheetShowsItToFifteenDigits() throws {
        func cell(_ text: String) throws -> SpreadsheetCell {
            try XLSXSheetReader.cell(type: "n", text: text, sharedStrings: [], reference: "A1")
        }
        XCTAssertEqual(try cell("9.199999999999999"), .number(ExactDecimal("9.2")!), "a binary float's 9.2")
        XCTAssertEqual(try cell("0.30000000000000004"), .number(ExactDecimal("0.3")!))
        XCTAssertEqual(try cell("1234567890123.45").text, "1234567890123.45", "15 digits stay as stored")
        XCTAssertEqual(try cell("12.50").text, "12.50")
        XCTAssertEqual(try cell("1234567890123456789").text, "1234567890123456789", "a whole number is never rounded")
        XCTAssertNil(XLSXSheetReader.exactNumber("1E-30"), "more fraction digits than an exact decimal keeps")
        XCTAssertNil(XLSXSheetReader.exactNumber("abc"))
    }

    func testColumnLettersAndIndexesAreInverse() {
        for index in [0, 1, 25, 26, 27, 701, 702, 16383] {
            XCTAssertEqual(XLSXSheetReader.columnIndex(XLSXSheetReader.columnName(index) + "12"), index)
        }
        XCTAssertEqual(XLSXSheetReader.columnName(27), "AB")
    }

    func testCellsPlacedByTheirReferenceLeaveGapsEmpty() throws {
        let sheetXML = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Code</t></is></c><c r="C1" t="inlineStr"><is><r><t>Pri</t></r><r><t>ce</t></r></is></c></row>
            <row r="4"><c r="C4" t="str"><v>7</v></c><c r="A4" t="e"><v>#N/A</v></c></row>
            </sheetData></worksheet>
            """
        let sheet = try XLSXSheetReader.readSheet(Data(sheetXML.utf8), partName: "sheet", sharedStrings: [])
        XCTAssertEqual(sheet.headers, ["Code", "", "Price"])
        XCTAssertEqual(sheet.rows, [SpreadsheetRow(number: 4, cells: [.text("#N/A"), .empty, .text("7")])])
    }

    func testAFileThatIsNoWorkbookOrHasBrokenXMLIsRefusedClearly() throws {
        XCTAssertThrowsError(try SpreadsheetFormat.xlsx.read(Data("Code,Name\n".utf8))) { error in
            XCTAssertTrue("\(error)".contains("not a ZIP archive"), "\(error)")
        }
        XCTAssertThrowsError(try XLSXSheetReader.readSheet(Data("<worksheet><sheetData><row>".utf8), partName: "xl/worksheets/sheet1.xml", sharedStrings: [])) { error in
            XCTAssertTrue("\(error)".contains("xl/worksheets/sheet1.xml is not well-formed XML"), "\(error)")
        }
    }

    static func resource(_ name: String) -> URL {
        Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)!
    }
}
