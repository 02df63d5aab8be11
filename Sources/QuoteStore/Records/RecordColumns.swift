import GRDB

/// The columns of one table as an enum: one case per column, in the table's order, each case's
/// raw value the column's name. It is a record's field list: its column names, reading and
/// writing all come from it, so a column is named once.
public protocol RecordColumns: ColumnExpression, CaseIterable, RawRepresentable<String>, Sendable where AllCases == [Self] {}

extension RecordColumns {
    /// The case's place in the declaration, 0 for the first. An enum without payloads is stored as
    /// the index of its case in declaration order (Swift's ABI), so this is a plain load, cheap
    /// enough for every field of every row; `RecordColumnsTests` checks it against `allCases`.
    @inline(__always) var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// The `count` columns that start at this one: a group such as an address's five.
    func group(of count: Int) -> ArraySlice<Self> {
        Self.allCases[ordinal..<ordinal + count]
    }
}
