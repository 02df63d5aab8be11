import Foundation

/// The spreadsheet file formats products are imported from and exported to.
public enum SpreadsheetFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case csv, xlsx

    /// The format a file's name says (`.csv`, `.txt`, `.xlsx`), else the one its first bytes say
    /// (a workbook is a ZIP archive, `PK`); CSV otherwise.
    public init(fileName: String, bytes: Data) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "xlsx": self = .xlsx
        case "csv", "txt": self = .csv
        default: self = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? .xlsx : .csv
        }
    }

    /// The sheet in `bytes`, read as this format.
    public func read(_ bytes: Data) throws -> Spreadsheet {
        switch self {
        case .csv: try CSVSheetReader.read(bytes)
        case .xlsx: try XLSXSheetReader.read(bytes)
        }
    }

    /// `sheet` written in this format.
    public func write(_ sheet: Spreadsheet) throws -> Data {
        switch self {
        case .csv: CSVSheetWriter.write(sheet)
        case .xlsx: try XLSXSheetWriter.write(sheet)
        }
    }
}
