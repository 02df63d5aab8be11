import GRDB
import QuoteModel

/// Where each expected column sits in the rows of a query, worked out once by name so that every
/// row after that is read by position (finding a column by name costs more than reading it).
public struct ColumnLayout: Sendable {
    let positions: [Int]

    /// The positions of `names` among `row`'s columns; a missing column is an error.
    public init(_ names: [String], in row: Row) throws {
        var byName: [String: Int] = [:]
        for (index, column) in row.columnNames.enumerated() where byName[column.lowercased()] == nil {
            byName[column.lowercased()] = index
        }
        positions = try names.map { name in
            guard let index = byName[name.lowercased()] else { throw QuoteError(.databaseFailure, "the query has no column '\(name)'") }
            return index
        }
    }

    subscript(field: Int) -> Int { positions[field] }
}

extension Row {
    func value<Value: DatabaseValueConvertible>(at position: Int) throws -> Value {
        try decode(Value.self, atIndex: position)
    }

    /// The value at `position`, read straight from the statement.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at position: Int) throws -> Value {
        try decode(Value.self, atIndex: position)
    }

    /// An address from five columns at `layout` positions `start` …
    func address(at layout: ColumnLayout, from start: Int) throws -> PostalAddress {
        PostalAddress(
            street: try value(at: layout[start]), city: try value(at: layout[start + 1]), region: try value(at: layout[start + 2]),
            postalCode: try value(at: layout[start + 3]), country: try value(at: layout[start + 4]))
    }

    /// Extra fields 1 to 5 from the columns at `layout` positions `start` …
    func extraFields(at layout: ColumnLayout, from start: Int) throws -> ExtraFields {
        ExtraFields(try (0..<ExtraFields.count).map { try value(at: layout[start + $0]) as String })
    }
}

extension QuoteDatabase {
    /// Every row of `request` read as a `Record`, with the column layout worked out from the
    /// first row and reused for the rest.
    static func fetchAll<Record: FetchableRecord>(
        _ db: Database, _ request: QueryInterfaceRequest<Record>, columns: [String], read: (Row, ColumnLayout) throws -> Record
    ) throws -> [Record] {
        try fetchAll(try Row.fetchCursor(db, request), columns: columns, read: read)
    }

    /// Every row of `sql` read as a `Record`, the column layout worked out once.
    static func fetchAll<Record>(
        _ db: Database, sql: String, arguments: StatementArguments, columns: [String], read: (Row, ColumnLayout) throws -> Record
    ) throws -> [Record] {
        try fetchAll(try Row.fetchCursor(db, sql: sql, arguments: arguments), columns: columns, read: read)
    }

    private static func fetchAll<Record>(_ rows: RowCursor, columns: [String], read: (Row, ColumnLayout) throws -> Record) throws -> [Record] {
        var layout: ColumnLayout?
        var records: [Record] = []
        while let row = try rows.next() {
            if layout == nil { layout = try ColumnLayout(columns, in: row) }
            records.append(try read(row, layout!))
        }
        return records
    }
}
