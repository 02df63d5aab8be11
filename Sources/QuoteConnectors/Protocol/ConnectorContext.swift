/// What a connector is given besides its settings: how long the ERP may take, the environment
/// secrets may be read from, and the local catalogue (used by the standalone connector).
public struct ConnectorContext: Sendable {
    /// The default time the ERP has to answer one request.
    public static let defaultTimeout: Duration = .seconds(10)

    public var timeout: Duration
    public var environment: [String: String]
    public var catalogue: (any LocalCatalogue)?

    public init(timeout: Duration = Self.defaultTimeout, environment: [String: String] = [:], catalogue: (any LocalCatalogue)? = nil) {
        self.timeout = timeout
        self.environment = environment
        self.catalogue = catalogue
    }
}
