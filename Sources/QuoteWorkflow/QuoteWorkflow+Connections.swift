import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// A connection as shown: what it is, its connector, and its settings with secrets masked.
    public struct ConnectionView: Sendable {
        public var connection: ERPConnection
        public var descriptor: ConnectorDescriptor?
        /// Every field with what may be shown of it (a secret as `••••` or `$VARIABLE`).
        public var settings: [(key: String, value: String)]
    }

    /// The ERP connections, the removed ones too when asked.
    public func connections(includingDeleted: Bool = false) throws -> [ConnectionView] {
        try storage.snapshot { store in try store.connections(includingDeleted: includingDeleted) }.map(view)
    }

    /// The connection named `name`, removed or not.
    public func connection(named name: String) throws -> ConnectionView {
        try view(try storage.snapshot { store in try Self.connection(store, named: name) })
    }

    /// Adds connection `name` on `connectorName` with `assignments` (`KEY=VALUE`), after its test
    /// passes (SuperOffice's rule: a connection that cannot reach its ERP is not saved). Returns
    /// the saved connection and what the test found.
    public func addConnection(name: String, connectorName: String, description: String = "", assignments: [String]) async throws -> (connection: ConnectionView, test: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw QuoteError(.invalid, "a connection needs a name") }
        if try storage.snapshot({ store in try store.connection(named: trimmed) }) != nil {
            throw QuoteError(.duplicate, "there is already a connection named '\(trimmed)'", value: trimmed)
        }
        let descriptor = try connectors.connector(named: connectorName).descriptor
        let settings = try ConnectionSettings.applying(assignments, to: [:], for: descriptor)
        let connection = ERPConnection(name: trimmed, connectorName: descriptor.name, description: description, settings: settings.values, clientKey: UUID().uuidString.lowercased())
        let report = try await test(connection)
        let saved = try storage.transaction { store in try store.insert(connection) }
        return (try view(saved), report)
    }

    /// Changes the description or settings of connection `name`; saved only after the test with
    /// the new settings passes.
    public func editConnection(name: String, description: String? = nil, assignments: [String]) async throws -> (connection: ConnectionView, test: String) {
        var connection = try storage.snapshot { store in try Self.connection(store, named: name) }
        let settings = try ConnectionSettings.applying(assignments, to: connection.settings, for: try connectors.connector(named: connection.connectorName).descriptor)
        connection.settings = settings.values
        if let description { connection.description = description }
        let report = try await test(connection)
        try storage.transaction { store in try store.update(connection) }
        return (try view(connection), report)
    }

    /// Tests connection `name` as it is saved.
    public func testConnection(name: String) async throws -> String {
        try await test(try storage.snapshot { store in try Self.connection(store, named: name) })
    }

    /// Removes connection `name` (a soft delete): its quotes stay readable and renderable, no new
    /// quote can use it. The built-in Standalone connection cannot be removed.
    public func removeConnection(name: String) throws -> ConnectionView {
        try setDeleted(true, name: name)
    }

    /// Brings a removed connection back.
    public func restoreConnection(name: String) throws -> ConnectionView {
        try setDeleted(false, name: name)
    }

    private func setDeleted(_ deleted: Bool, name: String) throws -> ConnectionView {
        try view(try storage.transaction { store in
            var connection = try Self.connection(store, named: name)
            if deleted && connection.connectorName == StandaloneConnector.descriptor.name && connection.name == ERPConnection.standaloneName {
                throw QuoteError(.notAllowed, "the built-in \(ERPConnection.standaloneName) connection cannot be removed", value: connection.name, remedy: nil)
            }
            guard connection.isDeleted != deleted else {
                throw QuoteError(.invalid, "connection '\(connection.name)' is \(deleted ? "removed" : "in use") already", value: connection.name)
            }
            connection.isDeleted = deleted
            try store.update(connection)
            return connection
        })
    }

    /// Runs the connector's test of `connection`; the answer is the connector's, with no secret.
    func test(_ connection: ERPConnection) async throws -> String {
        let connector = try connector(for: connection)
        return try await Self.callingERP(connection) { try await connector.test() }
    }

    /// Runs `call` against the ERP of `connection`: a failure that is not a ``QuoteError``, or
    /// an ``QuoteError/Code/erpUnavailable``, becomes one whose value is the connection's name.
    static func callingERP<T>(_ connection: ERPConnection, _ call: () async throws -> T) async throws -> T {
        do {
            return try await call()
        } catch let error as QuoteError where error.code == .erpUnavailable {
            throw QuoteError(.erpUnavailable, error.message, value: connection.name, quote: error.quoteNumber)
        } catch let error as QuoteError {
            throw error
        } catch {
            throw QuoteError(.erpUnavailable, "the ERP of connection '\(connection.name)' failed: \(error)", value: connection.name)
        }
    }

    /// A connector ready to call for `connection`, reading its secrets from ``environment``.
    func connector(for connection: ERPConnection) throws -> any QuoteConnector {
        try connectors.make(connection, context: ConnectorContext(environment: environment, catalogue: StorageCatalogue(storage: storage)))
    }

    static func connection(_ store: any StorageReader, named name: String) throws -> ERPConnection {
        guard let connection = try store.connection(named: name) else { throw QuoteError.notFound("connection", name) }
        return connection
    }

    private func view(_ connection: ERPConnection) throws -> ConnectionView {
        let descriptor = try? connectors.connector(named: connection.connectorName).descriptor
        let shown = descriptor.flatMap { try? ConnectionSettings(connection.settings, for: $0).displayed }
            ?? connection.settings.keys.sorted().map { ($0, ConnectionSettings.maskedSecret) }
        return ConnectionView(connection: connection, descriptor: descriptor, settings: shown)
    }
}
