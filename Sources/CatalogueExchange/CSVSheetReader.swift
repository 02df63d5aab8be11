import Foundation
import QuoteModel
import SwiftCSV

/// Reads a CSV file into a ``Spreadsheet`` with SwiftCSV: UTF-8 (a byte-order mark is skipped)
/// or, when the bytes are not UTF-8, Windows-1252 as older spreadsheet programs save it; the
/// delimiter is `;`, `,` or a tab, whichever the header line uses most outside quotes; quoted
/// fields may hold delimiters, doubled quotes and line breaks. Row numbers count records (the
/// header is row 1), which are the file's lines unless a quoted field spans lines.
enum CSVSheetReader {
    static func read(_ bytes: Data) throws -> Spreadsheet {
        guard let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) else {
            throw QuoteError(.invalid, "the file is neither UTF-8 nor Windows-1252 text")
        }
        let delimiter = self.delimiter(of: text)
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: .character(delimiter), loadColumns: false)
        } catch let error as CSVParseError {
            throw QuoteError(.invalid, "the file is not valid CSV: \(Self.message(error))")
        }
        var rows: [SpreadsheetRow] = []
        rows.reserveCapacity(csv.rows.count)
        for (index, fields) in csv.rows.enumerated() {
            let cells = fields.map { $0.isEmpty ? SpreadsheetCell.empty : .text($0) }
            guard cells.contains(where: { !$0.isBlank }) else { continue }
            rows.append(SpreadsheetRow(number: index + 2, cells: cells))
        }
        return Spreadsheet(headers: csv.header, rows: rows)
    }

    /// `;`, `,` or tab: the one the first line uses most outside quotes; `,` when it uses none.
    static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text.drop(while: { $0 == "\u{FEFF}" }) {
            if character == "\"" {
                quoted.toggle()
            } else if !quoted {
                if character.isNewline { break }
                if counts[character] != nil { counts[character, default: 0] += 1 }
            }
        }
        let (most, count) = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != ",") }!
        return count == 0 ? "," : most
    }

    private static func message(_ error: CSVParseError) -> String {
        switch error {
        case .generic(let message), .quotation(let message): message
        }
    }
}
