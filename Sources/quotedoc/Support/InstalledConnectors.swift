import QuoteConnectors
import TrytonConnector

/// The connectors this build of quotedoc carries; a new ERP's connector is added here.
enum InstalledConnectors {
    static let registry = ConnectorRegistry([StandaloneConnector.self, TrytonConnector.self])
}
