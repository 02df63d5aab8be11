import GRDB

/// A record read from and written to the columns its `Columns` enum lists.
public protocol ColumnRecord: FetchableRecord, MutablePersistableRecord where Columns: RecordColumns {
    /// Reads the record from `row` with the column positions of `layout`, worked out once for a
    /// whole query; a value that does not convert is an error, never a crash.
    init(row: Row, layout: ColumnLayout<Columns>) throws
}
