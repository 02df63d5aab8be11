/// What a connector is given besides its settings: the environment secrets may be read from,
/// and the local catalogue (what the standalone connector searches).
public struct ConnectorContext: Sendable {
    public var environment: [String: String]
    public var catalogue: (any LocalCatalogue)?

    public init(environment: [String: String] = [:], catalogue: (any LocalCatalogue)? = nil) {
        self.environment = environment
        self.catalogue = catalogue
    }
}
