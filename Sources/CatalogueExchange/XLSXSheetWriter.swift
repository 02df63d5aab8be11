import Foundation
import QuoteModel
import ZIPFoundation

/// Writes a ``Spreadsheet`` as a minimal XLSX workbook with ZIPFoundation: the content types,
/// the package and workbook relationships, a workbook of one sheet, a minimal style sheet and
/// the sheet itself. Text is stored as inline strings, numbers in plain exact notation
/// (`1552.60`; one with more significant digits than a spreadsheet keeps, as text), booleans as `TRUE`/`FALSE` cells; the header row is frozen.
enum XLSXSheetWriter {
    static let sheetName = "Products"

    static func write(_ sheet: Spreadsheet) throws -> Data {
        let parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(sheet)),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position) ..< Int(position) + size)
                }
            }
            guard let data = archive.data else { throw QuoteError(.output, "the workbook could not be assembled in memory") }
            return data
        } catch let error as QuoteError {
            throw error
        } catch {
            throw QuoteError(.output, "the workbook could not be written: \(error)")
        }
    }

    // MARK: The sheet

    static func worksheet(_ sheet: Spreadsheet) -> String {
        let lastColumn = XLSXSheetReader.columnName(max(sheet.headers.count, sheet.rows.map(\.cells.count).max() ?? 0, 1) - 1)
        let lastRow = sheet.rows.last?.number ?? 1
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <dimension ref="A1:\(lastColumn)\(lastRow)"/>\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <sheetData>
            """
        xml.reserveCapacity(sheet.rows.count * sheet.headers.count * 32)
        appendRow(number: 1, cells: sheet.headers.map { $0.isEmpty ? .empty : .text($0) }, to: &xml)
        for row in sheet.rows {
            appendRow(number: row.number, cells: row.cells, to: &xml)
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    private static func appendRow(number: Int, cells: [SpreadsheetCell], to xml: inout String) {
        xml += "<row r=\"\(number)\">"
        for (column, cell) in cells.enumerated() {
            let reference = "\(XLSXSheetReader.columnName(column))\(number)"
            switch cell {
            case .empty:
                continue
            case .text(let text):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
            case .number(let number) where XLSXSheetReader.asShown(number) != number:
                // More digits than a spreadsheet keeps: stored as text, so it stays exact.
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(number.description)</t></is></c>"
            case .number(let number):
                xml += "<c r=\"\(reference)\"><v>\(number.description)</v></c>"
            case .boolean(let value):
                xml += "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
            }
        }
        xml += "</row>"
    }

    /// `text` as XML character data: markup characters escaped, a carriage return as a character
    /// reference (a parser would turn a literal one into a line feed), characters XML 1.0 cannot
    /// hold (the other controls but tab and line feed) left out.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "&<>\"".unicodeScalars.contains($0) || ($0.value < 0x20 && $0 != "\t" && $0 != "\n") }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: The fixed parts

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>
        """

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
