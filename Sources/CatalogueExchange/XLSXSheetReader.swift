import Foundation
import QuoteModel
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook into a ``Spreadsheet``: the archive opened with
/// ZIPFoundation, each XML part streamed through libxml2 (``XMLStreamReader``), no tree built.
/// Shared strings, inline strings, formula strings, booleans and numbers are resolved; a number
/// is read exactly from the text the workbook stores (`12.5`, `1.25E-3`), never through a binary
/// floating point. The first row of the sheet is the header.
enum XLSXSheetReader {
    static func read(_ bytes: Data) throws -> Spreadsheet {
        let archive: Archive
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw QuoteError(.invalid, "the file is not an XLSX workbook (it is not a ZIP archive)")
        }
        let workbookPath = try relationships(of: "", in: archive).first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookParts = try relationships(of: workbookPath, in: archive)
        let sheetId = try firstSheetRelationshipId(try part(workbookPath, in: archive))
        guard let sheetPath = workbookParts.first(where: { $0.id == sheetId })?.target else {
            throw QuoteError(.invalid, "the workbook names no part for its first sheet")
        }
        let sharedStrings = try workbookParts.first { $0.type.hasSuffix("/sharedStrings") }
            .map { try readSharedStrings(try part($0.target, in: archive), partName: $0.target) } ?? []
        return try readSheet(try part(sheetPath, in: archive), partName: sheetPath, sharedStrings: sharedStrings)
    }

    // MARK: Parts and relationships

    /// A relationship of an OPC part: its id, type URI and the target's path in the archive.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The bytes of the archive's entry `path`.
    static func part(_ path: String, in archive: Archive) throws -> Data {
        guard let entry = archive[path] else { throw QuoteError(.invalid, "the workbook has no part \(path)") }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw QuoteError(.invalid, "the workbook's part \(path) cannot be unpacked: \(error)")
        }
        return data
    }

    /// The relationships of part `path` (`""` for the package's own), targets resolved to paths
    /// in the archive; none when the part has no relationships file.
    static func relationships(of path: String, in archive: Archive) throws -> [Relationship] {
        let directory = (path as NSString).deletingLastPathComponent
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + (path as NSString).lastPathComponent + ".rels"
        guard archive[relsPath] != nil else { return [] }
        let reader = try XMLStreamReader(try part(relsPath, in: archive), partName: relsPath)
        var found: [Relationship] = []
        while try reader.next() {
            guard reader.kind == .startElement, reader.isNamed("Relationship"), reader.attribute("TargetMode") != "External",
                  let id = reader.attribute("Id"), let target = reader.attribute("Target") else { continue }
            found.append(Relationship(id: id, type: reader.attribute("Type") ?? "", target: resolve(target, from: directory)))
        }
        return found
    }

    /// `target` as a path in the archive: absolute (`/xl/…`) or relative to `directory`.
    static func resolve(_ target: String, from directory: String) -> String {
        var components = target.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The relationship id of the workbook's first `<sheet>`.
    static func firstSheetRelationshipId(_ workbook: Data) throws -> String {
        let reader = try XMLStreamReader(workbook, partName: "workbook")
        while try reader.next() {
            if reader.kind == .startElement, reader.isNamed("sheet"), let id = reader.attribute("id", namespace: relationshipsNamespace) {
                return id
            }
        }
        throw QuoteError(.invalid, "the workbook has no sheet")
    }

    // MARK: Shared strings

    /// The shared string table: each `<si>`'s text runs joined, phonetic runs (`<rPh>`) left out.
    static func readSharedStrings(_ data: Data, partName: String) throws -> [String] {
        let reader = try XMLStreamReader(data, partName: partName)
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        while try reader.next() {
            switch reader.kind {
            case .startElement:
                if reader.isNamed("si") {
                    current = ""
                    if reader.isEmptyElement { strings.append("") }
                } else if reader.isNamed("t") {
                    inText = !inPhonetic && !reader.isEmptyElement
                } else if reader.isNamed("rPh") {
                    inPhonetic = !reader.isEmptyElement
                }
            case .text:
                if inText { current += reader.value }
            case .endElement:
                if reader.isNamed("t") {
                    inText = false
                } else if reader.isNamed("rPh") {
                    inPhonetic = false
                } else if reader.isNamed("si") {
                    strings.append(current)
                }
            case .other:
                break
            }
        }
        return strings
    }

    // MARK: The sheet

    /// The cells of a sheet part, row by row; the first row is the header.
    static func readSheet(_ data: Data, partName: String, sharedStrings: [String]) throws -> Spreadsheet {
        let reader = try XMLStreamReader(data, partName: partName)
        var headers: [String]?
        var rows: [SpreadsheetRow] = []
        var rowNumber = 0
        var cells: [SpreadsheetCell] = []
        var column = 0
        var cellType = "n"
        var cellText = ""
        var collecting = false
        var inPhonetic = false

        func finishRow() {
            if headers == nil {
                headers = cells.map(\.text)
            } else if cells.contains(where: { !$0.isBlank }) {
                rows.append(SpreadsheetRow(number: rowNumber, cells: cells))
            }
            cells = []
        }
        func finishCell() throws {
            let cell = try self.cell(type: cellType, text: cellText, sharedStrings: sharedStrings, reference: "\(columnName(column))\(rowNumber)")
            if cells.count <= column { cells.append(contentsOf: repeatElement(.empty, count: column + 1 - cells.count)) }
            cells[column] = cell
        }

        while try reader.next() {
            switch reader.kind {
            case .startElement:
                if reader.isNamed("c") {
                    column = reader.attribute("r").flatMap(columnIndex) ?? cells.count
                    cellType = reader.attribute("t") ?? "n"
                    cellText = ""
                    if reader.isEmptyElement { try finishCell() }
                } else if reader.isNamed("v") || (reader.isNamed("t") && !inPhonetic) {
                    collecting = !reader.isEmptyElement
                } else if reader.isNamed("rPh") {
                    inPhonetic = !reader.isEmptyElement
                } else if reader.isNamed("row") {
                    rowNumber = reader.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                    cells = []
                    if reader.isEmptyElement { finishRow() }
                }
            case .text:
                if collecting { cellText += reader.value }
            case .endElement:
                if reader.isNamed("v") || reader.isNamed("t") {
                    collecting = false
                } else if reader.isNamed("rPh") {
                    inPhonetic = false
                } else if reader.isNamed("c") {
                    try finishCell()
                } else if reader.isNamed("row") {
                    finishRow()
                }
            case .other:
                break
            }
        }
        guard let headers else { throw QuoteError(.invalid, "the workbook's first sheet is empty: it has no header row") }
        return Spreadsheet(headers: headers, rows: rows)
    }

    /// A cell's value from its type (`t`) and the text of its `<v>` or inline `<t>`.
    static func cell(type: String, text: String, sharedStrings: [String], reference: String) throws -> SpreadsheetCell {
        switch type {
        case "s":
            guard let index = Int(text), sharedStrings.indices.contains(index) else {
                throw QuoteError(.invalid, "cell \(reference) names shared string '\(text)', which the workbook does not have")
            }
            return sharedStrings[index].isEmpty ? .empty : .text(sharedStrings[index])
        case "b":
            return text.isEmpty ? .empty : .boolean(text == "1" || text.lowercased() == "true")
        case "n":
            if text.isEmpty { return .empty }
            return exactNumber(text).map { SpreadsheetCell.number(asShown($0)) } ?? .text(text)
        default:
            // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date).
            return text.isEmpty ? .empty : .text(text)
        }
    }

    /// The number a workbook stores as `text` (`12.5`, `-3`, `1.25E-3`, `5E+20`), exactly; nil
    /// when it has more fraction digits or digits than an ``ExactDecimal`` holds.
    static func exactNumber(_ text: String) -> ExactDecimal? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "E" || $0 == "e" }
        guard let mantissa = ExactDecimal(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? mantissa : nil }
        guard let exponent = Int(parts[1].hasPrefix("+") ? parts[1].dropFirst() : parts[1]), abs(exponent) <= 38 else { return nil }
        let scale = mantissa.scale - exponent
        if scale >= 0 {
            guard scale <= ExactDecimal.maximumScale else { return nil }
            return ExactDecimal(significand: mantissa.significand, scale: scale)
        }
        var significand = mantissa.significand
        for _ in 0 ..< -scale {
            let (shifted, overflow) = significand.multipliedReportingOverflow(by: 10)
            guard !overflow, shifted != .min else { return nil }
            significand = shifted
        }
        return ExactDecimal(significand: significand, scale: 0)
    }

    /// The most significant digits a spreadsheet shows of a number (Excel's precision).
    static let shownDigits = 15

    /// `number` as a spreadsheet shows it: rounded half-up, in decimal, to ``shownDigits``
    /// significant digits when it has more, trailing zeros then dropped. Programs that keep
    /// numbers as binary floats store 9.2 as `9.199999999999999`; this reads it as 9.2. A
    /// number with at most 15 significant digits (every amount a price list holds) is kept as
    /// stored, scale included.
    static func asShown(_ number: ExactDecimal) -> ExactDecimal {
        let digits = String(number.significand.magnitude).count
        guard digits > shownDigits else { return number }
        let decimals = number.scale - (digits - shownDigits)
        guard decimals >= 0 else { return number }
        return number.rounded(toAtMost: decimals, rule: .halfUp).normalized
    }

    /// The zero-based column of a cell reference (`B7` → 1, `AA1` → 26); nil when it has no letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
            index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }

    /// The letters of zero-based column `index` (0 → `A`, 26 → `AA`).
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
