import QuoteConnectors
import QuoteModel

/// A sync connection ready to run: its configuration (checked), its connector, and the merge
/// rules with the lists as the ERP has them now.
struct ActiveSync: Sendable {
    var setup: SyncSetup
    var connector: any QuoteConnector
    var merge: SyncMerge

    var connection: ERPConnection { setup.connection }
    var connectionId: Int64 { setup.connection.id ?? 0 }

    /// Runs `call` against the connection's ERP (errors as ``QuoteWorkflow/callingERP(_:_:)`` makes them).
    func erp<T>(_ call: () async throws -> T) async throws -> T {
        try await QuoteWorkflow.callingERP(connection, call)
    }
}
