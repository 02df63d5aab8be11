import QuoteModel

/// One sheet of a spreadsheet file as read: the header row's texts and the rows under it, each
/// with its row number in the file (the header is row 1). Rows with no value at all are left out.
public struct Spreadsheet: Sendable, Hashable {
    public var headers: [String]
    public var rows: [SpreadsheetRow]

    public init(headers: [String], rows: [SpreadsheetRow]) {
        self.headers = headers
        self.rows = rows
    }
}

/// A row under the header, its cells in the header's column order (missing cells are empty).
public struct SpreadsheetRow: Sendable, Hashable {
    /// The row number as the file shows it: the header is row 1, the first row under it row 2.
    public var number: Int
    public var cells: [SpreadsheetCell]

    public init(number: Int, cells: [SpreadsheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell of column `index`, empty past the row's last cell.
    public subscript(column index: Int) -> SpreadsheetCell {
        index < cells.count ? cells[index] : .empty
    }
}

/// A cell's value as the file stores it. A CSV file has only text; a workbook also has numbers
/// (read exactly from their XML text) and booleans.
public enum SpreadsheetCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(ExactDecimal)
    case boolean(Bool)

    /// True for an empty cell or text of spaces only.
    public var isBlank: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .number, .boolean: false
        }
    }

    /// The value as text: a number in plain notation, a boolean as `true`/`false`.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let number): number.description
        case .boolean(let value): value ? "true" : "false"
        }
    }
}
