import GRDB
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

extension VersionState: DatabaseValueConvertible {}
extension ValidationStatus: DatabaseValueConvertible {}
extension ValueOverride: DatabaseValueConvertible {}
extension RoundingPolicy: DatabaseValueConvertible {}
extension SaleStatus: DatabaseValueConvertible {}
extension ActivityKind: DatabaseValueConvertible {}
extension DocumentKind: DatabaseValueConvertible {}
extension DocumentFormat: DatabaseValueConvertible {}

extension Row {
    /// The value of `column`, throwing (never crashing) when the stored value does not convert.
    func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    /// An address stored in five columns that share `prefix` (`deliveryStreet`, `deliveryCity`, …).
    func address(prefix: String) throws -> PostalAddress {
        let columns = AddressColumns.names(prefix: prefix)
        return PostalAddress(
            street: try value(columns[0]), city: try value(columns[1]), region: try value(columns[2]),
            postalCode: try value(columns[3]), country: try value(columns[4]))
    }

    /// The five `extraField1` … `extraField5` columns.
    func extraFields() throws -> ExtraFields {
        ExtraFields(try (1...ExtraFields.count).map { try value("extraField\($0)") as String })
    }
}

extension PersistenceContainer {
    mutating func encode(_ address: PostalAddress, prefix: String) {
        let columns = AddressColumns.names(prefix: prefix)
        let values = [address.street, address.city, address.region, address.postalCode, address.country]
        for (column, value) in zip(columns, values) { self[column] = value }
    }

    mutating func encode(_ fields: ExtraFields) {
        for number in 1...ExtraFields.count { self["extraField\(number)"] = fields[number] }
    }
}
