/// An ERP connection: a named use of one connector with its configuration. Quotes are made on a
/// connection; its connector supplies products and prices and receives the order.
public struct ERPConnection: Sendable, Hashable, Codable {
    /// The name every database has for its built-in connection to its own price lists.
    public static let standaloneName = "Standalone"

    public var id: Int64?
    /// Unique; quotes refer to their connection by it, so it never changes.
    public var name: String
    /// The connector that implements the connection (`standalone`, `tryton`).
    public var connectorName: String
    public var description: String
    /// The configuration, one string per field the connector declares. A secret field may be
    /// given instead as `FIELD-env`, naming the environment variable that holds it.
    public var settings: [String: String]
    /// Identifies this connection of this database to the ERP (made when the connection is
    /// added, never changed); part of every order key, so orders from two databases or two
    /// connections never meet.
    public var clientKey: String
    /// A removed connection: its quotes stay readable, no new quote can use it.
    public var isDeleted: Bool
    /// How the connection takes part in sync (its connector must have the sync capability).
    public var sync: SyncSettings

    public init(
        id: Int64? = nil, name: String, connectorName: String, description: String = "", settings: [String: String] = [:],
        clientKey: String, isDeleted: Bool = false, sync: SyncSettings = SyncSettings()
    ) {
        self.id = id
        self.name = name
        self.connectorName = connectorName
        self.description = description
        self.settings = settings
        self.clientKey = clientKey
        self.isDeleted = isDeleted
        self.sync = sync
    }
}
