import GRDB

/// A record that gives its values in its columns' order: its encoding, and many of it inserted
/// in one statement bound by position (``Database/insertRows(_:)``), follow the one list.
public protocol PositionalRecord: ColumnRecord {
    /// The value of each of `Columns.allCases`, in that order.
    var databaseValues: [DatabaseValue] { get }
}

extension PositionalRecord {
    public func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in zip(Columns.allCases, databaseValues) { container[column] = value }
    }
}
