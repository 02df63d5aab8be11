import Foundation

/// Writes a ``Spreadsheet`` as UTF-8 CSV (RFC 4180): comma-delimited, CRLF line ends, a field
/// quoted when it holds a comma, a quote, a line break or leading or trailing spaces, quotes
/// doubled.
enum CSVSheetWriter {
    static func write(_ sheet: Spreadsheet) -> Data {
        var text = ""
        appendRecord(sheet.headers, to: &text)
        for row in sheet.rows {
            appendRecord(row.cells.map(\.text), to: &text)
        }
        return Data(text.utf8)
    }

    private static func appendRecord(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            text.append(quotedIfNeeded(field))
        }
        text.append("\r\n")
    }

    static func quotedIfNeeded(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
