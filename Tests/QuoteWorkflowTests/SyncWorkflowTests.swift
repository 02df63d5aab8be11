import Foundation
import QuoteConnectors
import QuoteModel
import QuoteWorkflow
import StorageInterface
import XCTest

/// Sync use cases on in-memory ERPs: the priority between two sync connections, a company the
/// ERP refuses left untouched while the rest sync, one transaction per company.
final class SyncWorkflowTests: WorkflowTestCase {
    var sync: QuoteWorkflow!

    /// Two sync connections, A (priority 1) on ERP `first` and B (priority 2) on ERP `second`,
    /// and a second company, BETA.
    func twoSyncConnections() async throws {
        InMemorySyncConnector.erps = [:]
        InMemorySyncConnector.refusing = []
        InMemorySyncConnector.unreachable = []
        sync = QuoteWorkflow(storage: storage, connectors: ConnectorRegistry([StandaloneConnector.self, InMemorySyncConnector.self]))
        _ = try addCompany(Company(code: "BETA", name: "Beta GmbH", address: PostalAddress(street: "Weg 2", city: "Bonn", country: "Germany"), phone: "0228 1"))
        for (name, erp) in [("A", "first"), ("B", "second")] {
            _ = try await sync.addConnection(name: name, connectorName: "memory-sync", assignments: ["erp=\(erp)"])
            _ = try sync.activateSync(connection: name)
        }
        _ = try sync.setSyncSettings(connection: "B", priority: 2, winner: nil, pushOnOrder: nil)
    }

    func company(_ code: String) throws -> Company { try XCTUnwrap(try storage.snapshot { try $0.company(code: code) }) }

    func testACompanyFieldTwoConnectionsMapIsWrittenOnlyByTheOneOfHigherPriority() async throws {
        try await twoSyncConnections()
        _ = try await sync.pushCompany(code: "ACME", connection: "A", user: "ann", now: now)
        _ = try await sync.pushCompany(code: "ACME", connection: "B", user: "ann", now: now)
        InMemorySyncConnector.edit("first", code: "ACME", "phone", "111")
        InMemorySyncConnector.edit("second", code: "ACME", "phone", "222")

        let second = try await sync.runSync(connection: "B", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(second.changeCount, 0, "B leaves the phone to A")
        XCTAssertEqual(try company("ACME").phone, "")
        let first = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(first.changeCount, 1)
        XCTAssertEqual(try company("ACME").phone, "111")
        let again = try await sync.runSync(connection: "B", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(again.results.first?.plan?.changes.map(\.erpAfter), ["111"], "B's ERP now gets A's value")
        XCTAssertEqual(InMemorySyncConnector.party("second", code: "ACME")?["phone"], "111")
    }

    func testACompanyTheERPRefusesIsLeftUntouchedAndTheOthersSync() async throws {
        try await twoSyncConnections()
        _ = try await sync.pushCompany(code: "ACME", connection: "A", user: "ann", now: now)
        _ = try await sync.pushCompany(code: "BETA", connection: "A", user: "ann", now: now)
        _ = try sync.editCompany(code: "ACME") { $0.address.street = "2 Main St" }
        _ = try sync.editCompany(code: "BETA") { $0.address.street = "Weg 3" }
        InMemorySyncConnector.edit("first", code: "ACME", "city", "Shelbyville")
        InMemorySyncConnector.refusing = ["ACME"]

        let report = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        let acme = try XCTUnwrap(report.results.first { $0.companyCode == "ACME" })
        XCTAssertEqual(acme.failure, "the ERP refuses party ACME's values")
        XCTAssertEqual(try company("ACME").address.city, "Springfield", "nothing of ACME changed in quotedoc either")
        XCTAssertEqual(InMemorySyncConnector.party("first", code: "BETA")?["street"], "Weg 3")
        let log = try sync.syncLog(connection: "A", limit: nil)
        XCTAssertFalse(log.contains { $0.companyCode == "ACME" && $0.operation == .run }, "no log of a company not synced")

        InMemorySyncConnector.refusing = []
        let retried = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(retried.changeCount, 2, "ACME's street to the ERP, its city to quotedoc")
        XCTAssertEqual(try company("ACME").address.city, "Shelbyville")
        XCTAssertEqual(InMemorySyncConnector.party("first", code: "ACME")?["street"], "2 Main St")
    }

    func testARunTheERPStopsPartWayKeepsWhatItSyncedAndFinishesWhenRunAgain() async throws {
        try await twoSyncConnections()
        _ = try await sync.pushCompany(code: "ACME", connection: "A", user: "ann", now: now)
        _ = try await sync.pushCompany(code: "BETA", connection: "A", user: "ann", now: now)
        InMemorySyncConnector.edit("first", code: "ACME", "phone", "555")
        InMemorySyncConnector.edit("first", code: "BETA", "phone", "0228 2")
        InMemorySyncConnector.unreachable = ["BETA"]

        let cut = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(cut.stoppedBy, "the in-memory ERP went down")
        XCTAssertEqual(cut.results.map(\.companyCode), ["ACME", "BETA"])
        XCTAssertEqual(try company("ACME").phone, "555", "the company before the ERP went down is synced")
        XCTAssertEqual(try company("BETA").phone, "0228 1", "the one after is untouched")

        InMemorySyncConnector.unreachable = []
        let finished = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertNil(finished.stoppedBy)
        XCTAssertEqual(finished.changeCount, 1, "only BETA's phone is left to copy")
        XCTAssertEqual(try company("BETA").phone, "0228 2")
        let quiet = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(quiet.changeCount, 0)
    }

    func testImportLinksByCodeAddsNewCompaniesAndADryRunWritesNothing() async throws {
        try await twoSyncConnections()
        InMemorySyncConnector.erps["first"] = [
            "1": ERPParty(key: "1", code: "ACME", values: ["name": "Acme Corporation", "country": "US"]),
            "2": ERPParty(key: "2", code: "P2", values: ["name": "Gamma AG", "city": "Köln", "country": "DE"]),
        ]
        let dry = try await sync.importParties(connection: "A", dryRun: true, user: "ann", now: now)
        XCTAssertEqual([dry.linkedCount, dry.addedCount], [1, 1])
        XCTAssertNil(try storage.snapshot { try $0.company(code: "P2") })
        let done = try await sync.importParties(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual([done.linkedCount, done.addedCount], [1, 1])
        XCTAssertEqual(try company("P2").address, PostalAddress(city: "Köln", country: "Germany"))
        let again = try await sync.importParties(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual([again.linkedCount, again.addedCount, again.alreadyLinked], [0, 0, 2])
        // The first run settles Acme's name: both filled and different, the ERP wins.
        let run = try await sync.runSync(connection: "A", dryRun: false, user: "ann", now: now)
        XCTAssertEqual(run.conflictCount, 1)
        XCTAssertEqual(try company("ACME").name, "Acme Corporation")
        let conflict = try XCTUnwrap(try sync.syncLog(connection: "A", limit: nil).first(where: \.isConflict))
        XCTAssertEqual([conflict.crmField, conflict.losingValue, conflict.newValue], ["name", "Acme Corp", "Acme Corporation"])
    }

    func testAMissingMandatoryValueRefusesThePushAndMakesNoParty() async throws {
        try await twoSyncConnections()
        _ = try sync.deactivateSync(connection: "A")
        _ = try sync.setSyncDefaults(connection: "A", values: [], mandatory: ["phone"], clear: [])
        _ = try sync.activateSync(connection: "A")
        do {
            _ = try await sync.pushCompany(code: "ACME", connection: "A", user: "ann", now: now)
            XCTFail("pushed without a phone")
        } catch let error as QuoteError {
            XCTAssertTrue(error.message.contains("(phone) is mandatory and company ACME has none"), error.message)
        }
        XCTAssertNil(InMemorySyncConnector.party("first", code: "ACME"))
    }
}
