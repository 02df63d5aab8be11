import Foundation
import QuoteConnectors
import QuoteModel

/// ERPs held in memory for the sync workflow tests: parties by key in the ERP the connection's
/// `erp` setting names, and a country list. A party's code can be set to fail its next write,
/// as an ERP refusing a value would, or be out of reach, as behind an ERP that went down.
struct InMemorySyncConnector: QuoteConnector {
    static let descriptor = ConnectorDescriptor(
        name: "memory-sync", displayName: "In-memory sync ERP", summary: "parties held by the test",
        capabilities: [.syncParties], fields: [ConfigurationField("erp", "Which in-memory ERP", .text, required: true)],
        partyFields: [
            ERPField("name", "Name", mandatory: true), ERPField("street", "Street"), ERPField("city", "City"),
            ERPField("country", "Country", list: .country), ERPField("phone", "Phone"),
        ])

    nonisolated(unsafe) static var erps: [String: [String: ERPParty]] = [:]
    nonisolated(unsafe) static var refusing: Set<String> = []
    /// Parties with these codes cannot be reached, as when the ERP goes down part way through a run.
    nonisolated(unsafe) static var unreachable: Set<String> = []
    static let countries = [ConnectorListItem(key: "US", name: "USA"), ConnectorListItem(key: "DE", name: "Germany")]

    let erp: String

    init(settings: ConnectionSettings, context: ConnectorContext) {
        erp = settings.text("erp") ?? ""
    }

    func test() async throws -> String { "in-memory ERP \(erp) ready" }

    func parties() async throws -> [ERPParty] { Self.erps[erp, default: [:]].values.sorted { $0.code < $1.code } }

    func party(key: String) async throws -> ERPParty? {
        if let party = Self.erps[erp]?[key], Self.unreachable.contains(party.code) { throw QuoteError(.erpUnavailable, "the in-memory ERP went down") }
        return Self.erps[erp]?[key]
    }

    func createParty(code: String, values: [String: String]) async throws -> (party: ERPParty, wasAlreadyMade: Bool) {
        if let made = Self.erps[erp, default: [:]].values.first(where: { $0.code == code }) { return (made, true) }
        let party = ERPParty(key: String(Self.erps[erp, default: [:]].count + 1), code: code, values: values)
        Self.erps[erp, default: [:]][party.key] = party
        return (party, false)
    }

    func updateParty(key: String, values: [String: String]) async throws -> ERPParty {
        guard var party = Self.erps[erp]?[key] else { throw QuoteError(.erpRefused, "no party \(key)") }
        if Self.refusing.contains(party.code) { throw QuoteError(.erpRefused, "the ERP refuses party \(party.code)'s values") }
        party.values.merge(values) { $1 }
        Self.erps[erp]?[key] = party
        return party
    }

    func syncList(_ list: SyncListName) async throws -> [ConnectorListItem] { Self.countries }

    /// Sets `field` of party `code` in ERP `erp`, as a user of that ERP would.
    static func edit(_ erp: String, code: String, _ field: String, _ value: String) {
        guard let key = erps[erp]?.first(where: { $0.value.code == code })?.key else { return }
        erps[erp]?[key]?.values[field] = value
    }

    /// Party `code` of ERP `erp`.
    static func party(_ erp: String, code: String) -> ERPParty? { erps[erp]?.values.first { $0.code == code } }
}
