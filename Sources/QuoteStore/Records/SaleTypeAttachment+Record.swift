import Foundation
import GRDB
import QuoteModel

extension SaleTypeAttachment: ColumnRecord {
    public static var databaseTableName: String { "saleTypeAttachment" }

    /// The columns of the table, in its order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, saleTypeId, fileName, mediaType, byteSize, sha256, bytes
    }

    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        let bytes: Data = try row.value(at: layout[.bytes])
        self.init(
            id: try row.value(at: layout[.id]), saleTypeId: try row.value(at: layout[.saleTypeId]),
            fileName: try row.value(at: layout[.fileName]), mediaType: try row.value(at: layout[.mediaType]), bytes: Array(bytes),
            sha256: try row.value(at: layout[.sha256]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.saleTypeId] = saleTypeId
        container[Columns.fileName] = fileName
        container[Columns.mediaType] = mediaType
        container[Columns.byteSize] = byteSize
        container[Columns.sha256] = sha256
        container[Columns.bytes] = Data(bytes)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
