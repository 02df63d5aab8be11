import Foundation
import GRDB
import QuoteModel

extension PartyLink: ColumnRecord {
    public static var databaseTableName: String { "partyLink" }

    /// The columns of a party link's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, companyId, connectionId, partyKey, partyCode, base, linkedAt, syncedAt
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        let partyCode: String = try row.value(at: layout[.partyCode])
        self.init(
            id: try row.value(at: layout[.id]),
            companyId: try row.value(at: layout[.companyId]),
            connectionId: try row.value(at: layout[.connectionId]),
            partyKey: try row.value(at: layout[.partyKey]),
            partyCode: partyCode,
            base: try Self.base(json: row.value(at: layout[.base]), of: partyCode),
            linkedAt: try row.value(at: layout[.linkedAt]),
            syncedAt: try row.value(at: layout[.syncedAt]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.companyId] = companyId
        container[Columns.connectionId] = connectionId
        container[Columns.partyKey] = partyKey
        container[Columns.partyCode] = partyCode
        container[Columns.base] = try Self.json(base)
        container[Columns.linkedAt] = linkedAt
        container[Columns.syncedAt] = syncedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The base as stored: a JSON object of `{"crm": …, "erp": …}` by ERP field, keys sorted, so
    /// equal bases are equal text.
    static func json(_ base: [String: SyncBaseValue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(base), as: UTF8.self)
    }

    /// The base of the link to party `partyCode` from its stored JSON; anything else is a
    /// damaged database.
    static func base(json: String, of partyCode: String) throws -> [String: SyncBaseValue] {
        do {
            return try JSONDecoder().decode([String: SyncBaseValue].self, from: Data(json.utf8))
        } catch {
            throw QuoteError(
                .corrupt, "the sync base of the link to party \(partyCode) is not a JSON object of values by field; restore the database from a backup",
                value: partyCode)
        }
    }
}
