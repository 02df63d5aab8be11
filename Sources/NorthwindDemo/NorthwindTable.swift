import Foundation
import QuoteModel
import SwiftCSV

/// One of the bundled Northwind CSV files, read with strict, typed field access: a missing
/// column or a malformed number is an error naming the file, the record and the column.
struct NorthwindTable {
    /// One data row, with its position among the file's records (the header is not counted).
    struct Row {
        let table: String
        let record: Int
        let fields: [String: String]

        func text(_ column: String) throws -> String {
            guard let value = fields[column] else { throw NorthwindDataError(table: table, record: record, column: column, problem: "the column is missing") }
            return value
        }

        func decimal(_ column: String) throws -> ExactDecimal {
            let value = try text(column)
            guard let number = ExactDecimal(value) else {
                throw NorthwindDataError(table: table, record: record, column: column, problem: "'\(value)' is not a decimal number")
            }
            return number
        }

        func date(_ column: String) throws -> LocalDate {
            let value = try text(column)
            guard let date = LocalDate(value) else {
                throw NorthwindDataError(table: table, record: record, column: column, problem: "'\(value)' is not a YYYY-MM-DD date")
            }
            return date
        }

        func optionalDate(_ column: String) throws -> LocalDate? {
            try text(column).isEmpty ? nil : try date(column)
        }
    }

    let name: String
    let rows: [Row]

    /// Reads `<name>.csv` from the bundled data folder.
    init(_ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent("\(name).csv")
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw NorthwindDataError(table: name, record: 0, column: nil, problem: "cannot read \(url.path): \(error.localizedDescription)")
        }
        let csv = try CSV<Named>(string: text, delimiter: .comma, loadColumns: false)
        self.name = name
        self.rows = csv.rows.enumerated().map { Row(table: name, record: $0.offset + 1, fields: $0.element) }
    }
}

/// Bad or missing demo data, located by file, record (1 is the first row after the header; 0 is
/// the whole file) and column.
public struct NorthwindDataError: Error, CustomStringConvertible, Sendable {
    public let table: String
    public let record: Int
    public let column: String?
    public let problem: String

    public var description: String {
        let place = record > 0 ? " record \(record)" : ""
        return "northwind/\(table).csv\(place)\(column.map { " (\($0))" } ?? ""): \(problem)"
    }
}
