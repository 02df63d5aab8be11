import GRDB

/// A record that says what each of its columns stores: its encoding, and many of it inserted in
/// one statement bound by position (``Database/insertRows(_:)``), follow `Columns`' order.
public protocol PositionalRecord: ColumnRecord {
    /// What `column` stores.
    func value(of column: Columns) -> (any DatabaseValueConvertible)?
}

extension PositionalRecord {
    /// The value of each of `Columns.allCases`, in that order.
    var databaseValues: [DatabaseValue] {
        Columns.allCases.map { value(of: $0)?.databaseValue ?? .null }
    }

    public func encode(to container: inout PersistenceContainer) throws {
        for column in Columns.allCases { container[column] = value(of: column) }
    }
}
