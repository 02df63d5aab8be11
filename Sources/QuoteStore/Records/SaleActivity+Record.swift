import Foundation
import GRDB
import QuoteModel

extension SaleActivity: PositionalRecord {
    public static var databaseTableName: String { "saleActivity" }

    /// The columns of a sale activity's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, kind, saleId, quoteVersionId, associateId, date, text
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            kind: try row.value(at: layout[.kind]),
            saleId: try row.value(at: layout[.saleId]),
            quoteVersionId: try row.value(at: layout[.quoteVersionId]),
            associateId: try row.value(at: layout[.associateId]),
            date: try row.value(at: layout[.date]),
            text: try row.value(at: layout[.text]))
    }

    public func value(of column: Columns) -> (any DatabaseValueConvertible)? {
        switch column {
        case .id: id
        case .kind: kind
        case .saleId: saleId
        case .quoteVersionId: quoteVersionId
        case .associateId: associateId
        case .date: date
        case .text: text
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
