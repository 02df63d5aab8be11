@testable import CatalogueExchange
import Foundation
import QuoteModel
import XCTest

final class CSVSheetTests: XCTestCase {
    func testQuotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let text = "Code,Name,Description\r\nA1,\"Bolt, large\",\"He said \"\"hi\"\"\"\r\nA2,Nut,\"two\nlines\"\r\n"
        let sheet = try SpreadsheetFormat.csv.read(Data(text.utf8))
        XCTAssertEqual(sheet.headers, ["Code", "Name", "Description"])
        XCTAssertEqual(sheet.rows.map(\.number), [2, 3])
        XCTAssertEqual(sheet.rows[0].cells, [.text("A1"), .text("Bolt, large"), .text("He said \"hi\"")])
        XCTAssertEqual(sheet.rows[1][column: 2], .text("two\nlines"))
    }

    func testTheDelimiterIsTheOneTheHeaderUsesMostOutsideQuotes() {
        XCTAssertEqual(CSVSheetReader.delimiter(of: "Code;Name;\"Price, SEK\"\n1;a;2"), ";")
        XCTAssertEqual(CSVSheetReader.delimiter(of: "\u{FEFF}Code,Name;x,Price\n"), ",")
        XCTAssertEqual(CSVSheetReader.delimiter(of: "Code\tName\n"), "\t")
        XCTAssertEqual(CSVSheetReader.delimiter(of: "Code\n1"), ",")
    }

    func testASwedishSemicolonFileWithAByteOrderMarkReads() throws {
        let text = "\u{FEFF}Kod;Namn;Listpris\n1;Skruv;\"1 234,50\"\n\n2;Mutter;5\n"
        let sheet = try SpreadsheetFormat.csv.read(Data(text.utf8))
        XCTAssertEqual(sheet.headers, ["Kod", "Namn", "Listpris"])
        XCTAssertEqual(sheet.rows.map(\.number), [2, 4], "the blank line is row 3 and is left out")
        XCTAssertEqual(sheet.rows[0][column: 2], .text("1 234,50"))
    }

    func testWindows1252BytesAreReadWhenTheFileIsNotUTF8() throws {
        let bytes = Data("Kod;Leverant".utf8) + Data([0xF6]) + Data("r\n1;J".utf8) + Data([0xE4]) + Data("rn AB\n".utf8)
        let sheet = try SpreadsheetFormat.csv.read(bytes)
        XCTAssertEqual(sheet.headers, ["Kod", "Leverantör"])
        XCTAssertEqual(sheet.rows[0][column: 1], .text("Järn AB"))
    }

    func testWrittenCSVReadsBackFieldForField() throws {
        let cells: [SpreadsheetCell] = [.text("A,1"), .text("say \"x\""), .text(" padded "), .number(ExactDecimal("1234.50")!), .boolean(true), .empty, .text("two\r\nlines")]
        let sheet = Spreadsheet(headers: ["a", "b", "c", "d", "e", "f", "g"], rows: [SpreadsheetRow(number: 2, cells: cells)])
        let read = try SpreadsheetFormat.csv.read(SpreadsheetFormat.csv.write(sheet))
        XCTAssertEqual(read.headers, sheet.headers)
        XCTAssertEqual(read.rows[0].cells, cells.map { $0 == .empty ? .empty : .text($0.text) })
    }
}
