import GRDB
import QuoteModel

extension QuoteDatabase {
    /// The ERP connections, `Standalone` first and the rest by name; the removed ones too when
    /// `includingDeleted`.
    static func connections(_ db: Database, includingDeleted: Bool) throws -> [ERPConnection] {
        var request = ERPConnection.all()
        if !includingDeleted { request = request.filter(Column("isDeleted") == false) }
        return try request.order(sql: "name <> ?, name", arguments: [ERPConnection.standaloneName]).fetchAll(db)
    }

    /// Adds a connection. A name in use is refused by name here (the table's unique index would
    /// only say which column); the database still refuses a client key in use.
    static func insert(_ db: Database, _ connection: ERPConnection) throws -> ERPConnection {
        if try ERPConnection.filter(Column("name") == connection.name).fetchCount(db) > 0 {
            throw QuoteError(.duplicate, "there is already a connection named '\(connection.name)'", value: connection.name)
        }
        return try connection.inserted(db)
    }

    /// Writes a stored connection whole: what may change (description, settings, removal)
    /// changes, and the database refuses a change of its name, connector or client key.
    static func update(_ db: Database, _ connection: ERPConnection) throws {
        guard let id = connection.id, try ERPConnection.exists(db, key: id) else {
            throw QuoteError.notFound("connection", connection.name)
        }
        try connection.update(db)
    }
}
