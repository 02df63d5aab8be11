import GRDB
import QuoteModel

extension Company: ColumnRecord {
    public static var databaseTableName: String { "company" }

    /// The columns of a company's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, code, name
        case street, city, region, postalCode, country
        case phone, fax
        case endpointScheme, endpointId
        case email, vatNumber
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            code: try row.value(at: layout[.code]),
            name: try row.value(at: layout[.name]),
            address: try row.address(layout, from: .street),
            phone: try row.value(at: layout[.phone]),
            fax: try row.value(at: layout[.fax]),
            email: try row.value(at: layout[.email]),
            vatNumber: try row.value(at: layout[.vatNumber]),
            endpoint: try Self.endpoint(scheme: row.value(at: layout[.endpointScheme]), identifier: row.value(at: layout[.endpointId])))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.code] = code
        container[Columns.name] = name
        container.encode(address, from: Columns.street)
        container[Columns.phone] = phone
        container[Columns.fax] = fax
        container[Columns.endpointScheme] = endpoint?.scheme
        container[Columns.endpointId] = endpoint?.identifier
        container[Columns.email] = email
        container[Columns.vatNumber] = vatNumber
    }

    /// The stored endpoint: both columns or neither (the table's CHECK).
    static func endpoint(scheme: String?, identifier: String?) -> ElectronicAddress? {
        guard let scheme, let identifier else { return nil }
        return ElectronicAddress(stored: scheme, identifier: identifier)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
