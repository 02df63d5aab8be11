import QuoteModel

/// The connectors installed in this build, by name: what `connector list` shows and what a
/// connection's `connectorName` is resolved against.
public struct ConnectorRegistry: Sendable {
    public let connectors: [any QuoteConnector.Type]

    public init(_ connectors: [any QuoteConnector.Type]) {
        self.connectors = connectors
    }

    public var descriptors: [ConnectorDescriptor] { connectors.map { $0.descriptor } }

    /// The connector named `name`; ``QuoteError/Code/notFound`` naming the installed ones.
    public func connector(named name: String) throws(QuoteError) -> any QuoteConnector.Type {
        guard let connector = connectors.first(where: { $0.descriptor.name == name.lowercased() }) else {
            let names = connectors.map { $0.descriptor.name }.joined(separator: ", ")
            throw QuoteError(.notFound, "no connector is named '\(name)' (installed: \(names))", value: name)
        }
        return connector
    }

    /// The settings of `connection` checked against its connector.
    public func settings(of connection: ERPConnection) throws(QuoteError) -> ConnectionSettings {
        try ConnectionSettings(connection.settings, for: connector(named: connection.connectorName).descriptor)
    }

    /// A connector for `connection`, ready to be called.
    public func make(_ connection: ERPConnection, context: ConnectorContext) throws -> any QuoteConnector {
        let type = try connector(named: connection.connectorName)
        return try type.init(settings: try settings(of: connection), context: context)
    }
}
