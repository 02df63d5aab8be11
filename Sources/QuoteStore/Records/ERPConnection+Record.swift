import Foundation
import GRDB
import QuoteModel

extension ERPConnection: ColumnRecord {
    public static var databaseTableName: String { "erpConnection" }

    /// The columns of a connection's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, name, connectorName, description, settings, clientKey, isDeleted
        case syncActive, syncPriority, syncWinner, syncPushOnOrder
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        let name: String = try row.value(at: layout[.name])
        self.init(
            id: try row.value(at: layout[.id]),
            name: name,
            connectorName: try row.value(at: layout[.connectorName]),
            description: try row.value(at: layout[.description]),
            settings: try Self.settings(json: row.value(at: layout[.settings]), of: name),
            clientKey: try row.value(at: layout[.clientKey]),
            isDeleted: try row.value(at: layout[.isDeleted]),
            sync: SyncSettings(
                isActive: try row.value(at: layout[.syncActive]), priority: try row.value(at: layout[.syncPriority]),
                conflictWinner: try row.value(at: layout[.syncWinner]), pushOnOrder: try row.value(at: layout[.syncPushOnOrder])))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.name] = name
        container[Columns.connectorName] = connectorName
        container[Columns.description] = description
        container[Columns.settings] = try Self.json(settings)
        container[Columns.clientKey] = clientKey
        container[Columns.isDeleted] = isDeleted
        container[Columns.syncActive] = sync.isActive
        container[Columns.syncPriority] = sync.priority
        container[Columns.syncWinner] = sync.conflictWinner
        container[Columns.syncPushOnOrder] = sync.pushOnOrder
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The settings as stored: a JSON object of strings, keys sorted, so equal settings are equal text.
    static func json(_ settings: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(settings), as: UTF8.self)
    }

    /// The settings of connection `name` from their stored JSON; anything but an object of
    /// strings is a damaged database. The message never shows the text, which may hold secrets.
    static func settings(json: String, of name: String) throws -> [String: String] {
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        } catch {
            throw QuoteError(.corrupt, "the settings of connection '\(name)' are not a JSON object of strings; restore the database from a backup", value: name)
        }
    }
}
