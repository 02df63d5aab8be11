import GRDB
import GRDBSQLite
import QuoteModel

// Value types of the model as SQLite values. Decimals, currencies and dates are stored as text,
// exactly as they print, so they round-trip bit for bit and read plainly in the sqlite3 shell.

extension ExactDecimal: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> ExactDecimal? {
        String.fromDatabaseValue(dbValue).flatMap(ExactDecimal.init)
    }
}

extension Currency: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Currency? {
        String.fromDatabaseValue(dbValue).flatMap { Currency(code: $0) }
    }
}

extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init)
    }
}

// Read straight from the statement's column text, with no `DatabaseValue` or `String` in
// between (GRDB's fast path for `StatementColumnConvertible` types): a page of a batch reads
// tens of thousands of decimals.

extension ExactDecimal: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        self.init(utf8: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
    }
}

extension LocalDate: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        self.init(utf8: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
    }
}

extension Currency: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(code: String(sqliteStatement: sqliteStatement, index: index))
    }
}

// Enumerations stored as their raw text; GRDB derives the fast path from the raw value's.
extension VersionState: DatabaseValueConvertible, StatementColumnConvertible {}
extension ValidationStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension ValueOverride: DatabaseValueConvertible, StatementColumnConvertible {}
extension RoundingPolicy: DatabaseValueConvertible, StatementColumnConvertible {}
extension SaleStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension ActivityKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension DocumentKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension DocumentFormat: DatabaseValueConvertible, StatementColumnConvertible {}
extension SyncSide: DatabaseValueConvertible, StatementColumnConvertible {}
extension SyncDirection: DatabaseValueConvertible, StatementColumnConvertible {}
extension SyncLogEntry.Operation: DatabaseValueConvertible, StatementColumnConvertible {}

extension Row {
    /// The value of `column`, throwing (never crashing) when the stored value does not convert.
    package func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    /// The value of `column`, read straight from the statement.
    package func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ column: String) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    /// An address stored in five columns that share `prefix` (`deliveryStreet`, `deliveryCity`, …).
    func address(prefix: String) throws -> PostalAddress {
        let columns = AddressColumns.names(prefix: prefix)
        return PostalAddress(
            street: try value(columns[0]), city: try value(columns[1]), region: try value(columns[2]),
            postalCode: try value(columns[3]), country: try value(columns[4]))
    }
}
