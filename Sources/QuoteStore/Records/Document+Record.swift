import Foundation
import GRDB
import QuoteModel

extension Document: PositionalRecord {
    public static var databaseTableName: String { "document" }

    /// The columns of a document's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, activityId, quoteVersionId, kind, format, path, sha256, byteSize, templateName, templateHash
        case engineVersion, created
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            activityId: try row.value(at: layout[.activityId]),
            quoteVersionId: try row.value(at: layout[.quoteVersionId]),
            kind: try row.value(at: layout[.kind]),
            format: try row.value(at: layout[.format]),
            path: try row.value(at: layout[.path]),
            sha256: try row.value(at: layout[.sha256]),
            byteSize: try row.value(at: layout[.byteSize]),
            templateName: try row.value(at: layout[.templateName]),
            templateHash: try row.value(at: layout[.templateHash]),
            engineVersion: try row.value(at: layout[.engineVersion]),
            created: try row.value(at: layout[.created]))
    }

    public func value(of column: Columns) -> (any DatabaseValueConvertible)? {
        switch column {
        case .id: id
        case .activityId: activityId
        case .quoteVersionId: quoteVersionId
        case .kind: kind
        case .format: format
        case .path: path
        case .sha256: sha256
        case .byteSize: byteSize
        case .templateName: templateName
        case .templateHash: templateHash
        case .engineVersion: engineVersion
        case .created: created
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
