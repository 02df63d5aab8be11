import QuoteConnectors
import QuoteModel

/// A sync connection as configured: the connection, the ERP party's fields its connector
/// declares, and its mappings (the connector's defaults while none were saved) and defaults.
public struct SyncSetup: Sendable {
    public var connection: ERPConnection
    public var fields: [ERPField]
    public var configuration: SyncConfiguration
    /// True when no mapping was saved yet: the mappings are the defaults.
    public var mappingsAreDefaults: Bool

    /// What stops the configuration from being used, every reason.
    public var problems: [String] { configuration.problems(fields: fields) }
}
