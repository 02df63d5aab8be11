import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// What sync keeps (migration v13-sync), through the storage interface: a company's e-mail and
/// VAT number, a connection's sync settings, its field mappings (in their order), list mappings
/// and defaults, party links with their base, the append-only sync log, the removal of a company
/// with its people and links, and the upgrade of a v12 database.
final class SyncStoreTests: XCTestCase {
    var store: QuoteDatabase!
    var fixture: SaleFixture!
    var tryton: ERPConnection!

    let logUpdateMessage = "the sync log is append-only: a logged entry never changes"
    let logDeleteMessage = "the sync log is append-only: a logged entry is never deleted"

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        fixture = try SaleFixture.insert(in: store)
        tryton = try store.transaction { writer in
            try writer.insert(ERPConnection(name: "Tryton", connectorName: "tryton", clientKey: "8d0c6b1e-3f5a-4c2d-9e7f-0a1b2c3d4e5f"))
        }
    }

    // MARK: Fixture

    private func execute(_ sql: String) throws {
        try store.write { db in try db.execute(sql: sql) }
    }

    private func read<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        try store.snapshot(body)
    }

    private func write<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        try store.transaction(body)
    }

    /// A link of company `companyId` to party `key` (code `code`) of `connectionId`, never synced.
    private func link(_ companyId: Int64, to key: String, code: String, on connectionId: Int64? = nil) -> PartyLink {
        PartyLink(companyId: companyId, connectionId: connectionId ?? tryton.id!, partyKey: key, partyCode: code, linkedAt: instant(milliseconds: 1_772_900_000_123))
    }

    /// Asserts `body` fails with a ``QuoteError`` of `code` whose message is `message`.
    private func assertRefused<T>(
        _ message: String, code: QuoteError.Code = .invalid, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
    ) {
        XCTAssertThrowsError(try body(), message, file: file, line: line) { error in
            guard let error = error as? QuoteError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.code, code, message, file: file, line: line)
            XCTAssertEqual(error.message, message, file: file, line: line)
        }
    }

    // MARK: Companies and connections

    func testACompanysEmailAndVATNumberRoundTrip() throws {
        let (company, _) = try write { writer in
            try writer.insert(Company(code: "ERNSH", name: "Ernst Handel", email: "office@ernsh.example", vatNumber: "ATU12345678"), contact: nil)
        }
        XCTAssertEqual(try read { try $0.company(code: "ERNSH") }, company)
        try assertFetchesBack(company, from: store)

        var changed = company
        changed.email = "sales@ernsh.example"
        changed.vatNumber = ""
        try write { try $0.update(changed) }
        XCTAssertEqual(try read { try $0.company(id: company.id!) }, changed)
    }

    func testCompaniesAreByCode() throws {
        try write { writer in
            _ = try writer.insert(Company(code: "AAAAA", name: "Zeta"), contact: nil)
            _ = try writer.insert(Company(code: "ZZZZZ", name: "Alpha"), contact: nil)
        }
        XCTAssertEqual(try read { try $0.companies() }.map(\.code), ["AAAAA", "ALFKI", "ZZZZZ"])
    }

    func testPeopleAreInTheOrderTheyWereAddedAndSalesAreFound() throws {
        let (other, _) = try write { try $0.insert(Company(code: "OTHER", name: "Other"), contact: Person(companyId: 0, firstName: "Zoe", lastName: "Last")) }
        let second = try store.write { db in try Person(companyId: other.id!, firstName: "Adam", lastName: "First").inserted(db) }
        XCTAssertEqual(try read { try $0.people(ofCompany: other.id!) }.map(\.firstName), ["Zoe", "Adam"])
        XCTAssertEqual(try read { try $0.people(ofCompany: other.id!) }.last, second)

        XCTAssertFalse(try read { try $0.hasSales(companyId: fixture.company.id!) })
        try store.add(fixture.sale(number: "S-1"))
        XCTAssertTrue(try read { try $0.hasSales(companyId: fixture.company.id!) })
        XCTAssertFalse(try read { try $0.hasSales(companyId: other.id!) })
    }

    func testAConnectionsSyncSettingsRoundTrip() throws {
        XCTAssertEqual(tryton.sync, SyncSettings())
        XCTAssertEqual(try read { try $0.connection(named: "Tryton") }?.sync, SyncSettings(isActive: false, priority: 1, conflictWinner: .erp, pushOnOrder: false))

        var changed = tryton!
        changed.sync = SyncSettings(isActive: true, priority: 2, conflictWinner: .crm, pushOnOrder: true)
        try write { try $0.update(changed) }
        XCTAssertEqual(try read { try $0.connection(named: "Tryton") }, changed)
        try assertFetchesBack(changed, from: store)
    }

    func testTheDatabaseRefusesAnUnknownConflictWinner() throws {
        XCTAssertThrowsError(try execute("UPDATE erpConnection SET syncWinner = 'both' WHERE name = 'Tryton'")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .invalid)
        }
    }

    // MARK: Mappings and defaults

    func testFieldMappingsKeepTheirOrderAndAreReplaced() throws {
        let id = tryton.id!
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, [])
        let first = [
            FieldMapping(crmField: .vatNumber, erpField: "vat", direction: .toERP),
            FieldMapping(crmField: .name, erpField: "name", direction: .both),
            FieldMapping(crmField: .postalCode, erpField: "postal_code", direction: .toCRM),
            FieldMapping(crmField: .fax, erpField: "fax", direction: .none),
        ]
        try write { try $0.save(first, connectionId: id) }
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, first)
        XCTAssertEqual(try store.read { db in try String.fetchAll(db, sql: "SELECT crmField FROM syncFieldMapping ORDER BY position") },
                       ["vat-number", "name", "postal-code", "fax"])

        let second = [
            FieldMapping(crmField: .city, erpField: "city", direction: .both),
            FieldMapping(crmField: .name, erpField: "name", direction: .toERP),
        ]
        try write { try $0.save(second, connectionId: id) }
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, second)

        // Another connection's mappings are its own.
        let standalone = try XCTUnwrap(try read { try $0.connection(named: ERPConnection.standaloneName) })
        try write { try $0.save([FieldMapping(crmField: .email, erpField: "email", direction: .both)], connectionId: standalone.id!) }
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, second)

        try write { try $0.save([FieldMapping](), connectionId: id) }
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, [])
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: standalone.id!) }.map(\.erpField), ["email"])
    }

    func testAnERPFieldMappedTwiceIsADuplicateAndTheOldMappingsStay() throws {
        let id = tryton.id!
        let mappings = [FieldMapping(crmField: .name, erpField: "name", direction: .both)]
        try write { try $0.save(mappings, connectionId: id) }
        assertRefused("the ERP field city is mapped twice: map each ERP field once", code: .duplicate) {
            try write { writer in
                try writer.save([
                    FieldMapping(crmField: .city, erpField: "city", direction: .both), FieldMapping(crmField: .street, erpField: "city", direction: .both),
                ], connectionId: id)
            }
        }
        XCTAssertEqual(try read { try $0.fieldMappings(connectionId: id) }, mappings)
    }

    func testListMappingsRoundTripAndAreReplaced() throws {
        let id = tryton.id!
        let first = [
            ListMapping(list: .country, crmValue: "Deutschland", erpValue: "DE"),
            ListMapping(list: .country, crmValue: "UK", erpValue: "GB"),
        ]
        try write { try $0.save(first, connectionId: id) }
        XCTAssertEqual(try read { try $0.listMappings(connectionId: id) }, first)

        let second = [ListMapping(list: .country, crmValue: "Sverige", erpValue: "SE")]
        try write { try $0.save(second, connectionId: id) }
        XCTAssertEqual(try read { try $0.listMappings(connectionId: id) }, second)
    }

    func testAListValueMappedTwiceIsADuplicate() throws {
        let id = tryton.id!
        assertRefused("'UK' is mapped twice in the country list: map each value once", code: .duplicate) {
            try write { writer in
                try writer.save([
                    ListMapping(list: .country, crmValue: "UK", erpValue: "GB"), ListMapping(list: .country, crmValue: "UK", erpValue: "IE"),
                ], connectionId: id)
            }
        }
        assertRefused("the ERP's country GB is mapped twice: map each value once", code: .duplicate) {
            try write { writer in
                try writer.save([
                    ListMapping(list: .country, crmValue: "UK", erpValue: "GB"), ListMapping(list: .country, crmValue: "Britain", erpValue: "GB"),
                ], connectionId: id)
            }
        }
        // The database holds the same rule against direct SQL.
        try write { try $0.save([ListMapping(list: .country, crmValue: "UK", erpValue: "GB")], connectionId: id) }
        XCTAssertThrowsError(try execute("INSERT INTO syncListMapping (connectionId, list, crmValue, erpValue) VALUES (\(id), 'country', 'Britain', 'GB')")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
        XCTAssertEqual(try read { try $0.listMappings(connectionId: id) }, [ListMapping(list: .country, crmValue: "UK", erpValue: "GB")])
    }

    func testDefaultsRoundTripByERPFieldAndAreReplaced() throws {
        let id = tryton.id!
        try write { writer in
            try writer.save([
                SyncDefault(erpField: "lang", rule: .value("de")), SyncDefault(erpField: "country", rule: .mandatory),
                SyncDefault(erpField: "category", rule: .value("")),
            ], connectionId: id)
        }
        XCTAssertEqual(try read { try $0.syncDefaults(connectionId: id) }, [
            SyncDefault(erpField: "category", rule: .value("")), SyncDefault(erpField: "country", rule: .mandatory),
            SyncDefault(erpField: "lang", rule: .value("de")),
        ])
        try write { try $0.save([SyncDefault(erpField: "vat", rule: .mandatory)], connectionId: id) }
        XCTAssertEqual(try read { try $0.syncDefaults(connectionId: id) }, [SyncDefault(erpField: "vat", rule: .mandatory)])

        assertRefused("the ERP field vat has two defaults: give each field one", code: .duplicate) {
            try write { writer in
                try writer.save([SyncDefault(erpField: "vat", rule: .mandatory), SyncDefault(erpField: "vat", rule: .value("x"))], connectionId: id)
            }
        }
        // A default is a value or mandatory, never both nor neither.
        for values in ["'x', 1", "NULL, 0"] {
            XCTAssertThrowsError(try execute("INSERT INTO syncDefault (connectionId, erpField, value, mandatory) VALUES (\(id), 'lang', \(values))"), values) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid, values)
            }
        }
    }

    // MARK: Party links

    func testAPartyLinkRoundTripsAndIsUpdated() throws {
        let companyId = fixture.company.id!
        let inserted = try write { try $0.insert(link(companyId, to: "17", code: "C17")) }
        XCTAssertNotNil(inserted.id)
        XCTAssertTrue(inserted.isFirstSync)
        try assertFetchesBack(inserted, from: store)
        XCTAssertEqual(try read { try $0.partyLinks(connectionId: tryton.id!) }, [inserted])
        XCTAssertEqual(try read { try $0.partyLinks(companyId: companyId) }, [inserted])

        var synced = inserted
        synced.partyCode = "C17-NEW"
        synced.base = [
            "name": SyncBaseValue(crm: "Alfreds Futterkiste", erp: "Alfreds Futterkiste"),
            "street": SyncBaseValue(crm: "Obere Str. 57\n\"Hinterhaus\" 🎉", erp: ""),
            "country": SyncBaseValue(crm: "Germany", erp: "DE"),
        ]
        synced.syncedAt = instant(milliseconds: 1_772_985_600_999)
        try write { try $0.update(synced) }
        XCTAssertEqual(try read { try $0.partyLinks(companyId: companyId) }, [synced])
        try assertFetchesBack(synced, from: store)
        XCTAssertFalse(try XCTUnwrap(try read { try $0.partyLinks(connectionId: tryton.id!) }.first).isFirstSync)

        // The update writes the party code, base and sync time only.
        var moved = synced
        moved.partyKey = "99"
        moved.linkedAt = instant(milliseconds: 0)
        try write { try $0.update(moved) }
        XCTAssertEqual(try read { try $0.partyLinks(companyId: companyId) }, [synced])

        try write { try $0.delete(synced) }
        XCTAssertEqual(try read { try $0.partyLinks(companyId: companyId) }, [])
    }

    func testOneCompanyHasOneLinkPerConnection() throws {
        let companyId = fixture.company.id!
        let standalone = try XCTUnwrap(try read { try $0.connection(named: ERPConnection.standaloneName) })
        let first = try write { try $0.insert(link(companyId, to: "17", code: "C17")) }
        let other = try write { try $0.insert(link(companyId, to: "17", code: "C17", on: standalone.id!)) }
        XCTAssertEqual(try read { try $0.partyLinks(companyId: companyId) }, [other, first].sorted { $0.connectionId < $1.connectionId })
    }

    func testASecondLinkOfTheCompanyOrOfThePartyIsADuplicateNamingThem() throws {
        let companyId = fixture.company.id!
        let (other, _) = try write { try $0.insert(Company(code: "ERNSH", name: "Ernst Handel"), contact: nil) }
        let first = try write { try $0.insert(link(companyId, to: "17", code: "C17")) }

        assertRefused("company ALFKI is linked to party C17 of this connection already: unlink it first", code: .duplicate) {
            try write { try $0.insert(link(companyId, to: "18", code: "C18")) }
        }
        assertRefused("party C17 is linked to company ALFKI on this connection already: unlink it first", code: .duplicate) {
            try write { try $0.insert(link(other.id!, to: "17", code: "C17")) }
        }
        XCTAssertEqual(try read { try $0.partyLinks(connectionId: tryton.id!) }, [first])
    }

    func testABaseThatIsNotAJSONObjectIsRefused() throws {
        _ = try write { try $0.insert(link(fixture.company.id!, to: "17", code: "C17")) }
        for base in ["'[]'", "'not json'", "'\"text\"'"] {
            XCTAssertThrowsError(try execute("UPDATE partyLink SET base = \(base)"), base) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid, base)
            }
        }
        // A base of the wrong shape reads as a damaged database, never as a crash.
        try execute(#"UPDATE partyLink SET base = '{"name": 3}'"#)
        XCTAssertThrowsError(try read { try $0.partyLinks(connectionId: tryton.id!) }) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .corrupt)
        }
    }

    // MARK: Removing a company

    func testDeletingACompanyRemovesItsPeopleAndLinks() throws {
        let (company, contact) = try write { writer in
            try writer.insert(Company(code: "ERNSH", name: "Ernst Handel"), contact: Person(companyId: 0, firstName: "Roland", lastName: "Mendel"))
        }
        _ = try store.write { db in try Person(companyId: company.id!, firstName: "Second", lastName: "Person").inserted(db) }
        let standalone = try XCTUnwrap(try read { try $0.connection(named: ERPConnection.standaloneName) })
        _ = try write { try $0.insert(link(company.id!, to: "20", code: "C20")) }
        _ = try write { try $0.insert(link(company.id!, to: "20", code: "C20", on: standalone.id!)) }
        let kept = try write { try $0.insert(link(fixture.company.id!, to: "17", code: "C17")) }
        XCTAssertNotNil(contact)

        try write { try $0.delete(company) }

        XCTAssertNil(try read { try $0.company(code: "ERNSH") })
        XCTAssertEqual(try read { try $0.people(ofCompany: company.id!) }, [])
        XCTAssertEqual(try read { try $0.partyLinks(companyId: company.id!) }, [])
        XCTAssertEqual(try read { try $0.partyLinks(connectionId: tryton.id!) }, [kept])
        XCTAssertEqual(try read { try $0.companies() }.map(\.code), ["ALFKI"])
        XCTAssertNoThrow(try store.verifyIntegrity())
    }

    func testDeletingACompanyWithSalesIsRefusedByTheDatabaseAndChangesNothing() throws {
        try store.add(fixture.sale(number: "S-1"))
        XCTAssertThrowsError(try write { try $0.delete(fixture.company) }) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .invalid)
        }
        XCTAssertEqual(try read { try $0.company(code: "ALFKI") }, fixture.company)
    }

    // MARK: Sync log

    private func entries(_ count: Int, from start: Int = 0) -> [SyncLogEntry] {
        (start..<start + count).map { index in
            SyncLogEntry(
                connectionId: tryton.id!, companyCode: "ALFKI", partyCode: "C17", operation: index.isMultiple(of: 2) ? .run : .resync,
                crmField: "city", erpField: "city", written: index.isMultiple(of: 2) ? .crm : .erp, oldValue: "Berlin \(index)",
                newValue: "Köln \"\(index)\"\n🎉", isConflict: index.isMultiple(of: 3), losingValue: index.isMultiple(of: 3) ? "Bonn" : "",
                user: "afuller", at: instant(milliseconds: 1_772_900_000_000 + Int64(index)))
        }
    }

    func testTheSyncLogIsReadBackOldestFirstAndTheNewestWithALimit() throws {
        let written = entries(5)
        try write { try $0.append(written) }
        let log = try read { try $0.syncLog(connectionId: tryton.id!, limit: nil) }
        XCTAssertEqual(log.map { entry in var entry = entry; entry.id = nil; return entry }, written)
        let ids = log.compactMap(\.id)
        XCTAssertEqual(ids.count, written.count)
        XCTAssertEqual(ids, ids.sorted())
        for entry in log { try assertFetchesBack(entry, from: store) }

        XCTAssertEqual(try read { try $0.syncLog(connectionId: tryton.id!, limit: 2) }, Array(log.suffix(2)))
        XCTAssertEqual(try read { try $0.syncLog(connectionId: tryton.id!, limit: 10) }, log)
        XCTAssertEqual(try read { try $0.syncLog(connectionId: tryton.id!, limit: 0) }, [])

        let standalone = try XCTUnwrap(try read { try $0.connection(named: ERPConnection.standaloneName) })
        XCTAssertEqual(try read { try $0.syncLog(connectionId: standalone.id!, limit: nil) }, [])

        // Every operation and side reads back.
        let operations: [SyncLogEntry.Operation] = [.run, .importParty, .push, .resync, .link]
        try write { writer in
            try writer.append(operations.map { SyncLogEntry(connectionId: standalone.id!, companyCode: "ALFKI", partyCode: "", operation: $0, written: .erp, user: "u", at: instant(milliseconds: 1)) })
        }
        XCTAssertEqual(try read { try $0.syncLog(connectionId: standalone.id!, limit: nil) }.map(\.operation), operations)
    }

    func testTheSyncLogRefusesUpdateAndDelete() throws {
        try write { try $0.append(entries(3)) }
        let before = try read { try $0.syncLog(connectionId: tryton.id!, limit: nil) }
        assertRefused(logUpdateMessage) { try execute("UPDATE syncLog SET newValue = 'changed'") }
        assertRefused(logUpdateMessage) { try execute("UPDATE syncLog SET user = user WHERE id = \(before[0].id!)") }
        assertRefused(logDeleteMessage) { try execute("DELETE FROM syncLog WHERE id = \(before[1].id!)") }
        assertRefused(logDeleteMessage) { try execute("DELETE FROM syncLog") }
        XCTAssertEqual(try read { try $0.syncLog(connectionId: tryton.id!, limit: nil) }, before)
    }

    // MARK: Upgrade

    func testAV12DatabaseKeepsItsCompaniesAndConnectionsWithSyncOff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("v12.sqlite")
        try MigrationUpgradeTests.olderDatabase(at: path, upTo: "v12-attachments") { db in
            try db.execute(sql: """
                INSERT INTO company (id, code, name, city, phone, endpointScheme, endpointId) VALUES (1, 'KEEP', 'Kept', 'Lund', '046-12 34 56', '0088', '7300010000001');
                INSERT INTO person (id, companyId, firstName, lastName) VALUES (1, 1, 'Anna', 'Svensson');
                INSERT INTO erpConnection (name, connectorName, description, settings, clientKey)
                VALUES ('Tryton', 'tryton', 'The ERP', '{"url": "https://erp.example/"}', 'key-1');
                """)
        }
        let upgraded = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try upgraded.appliedMigrations(), SchemaMigrations.knownIdentifiers)
        XCTAssertEqual(try upgraded.appliedMigrations().last, "v14-version-revisions")
        let company = try XCTUnwrap(try upgraded.snapshot { try $0.company(code: "KEEP") })
        XCTAssertEqual(company, Company(
            id: 1, code: "KEEP", name: "Kept", address: PostalAddress(city: "Lund"), phone: "046-12 34 56", email: "", vatNumber: "",
            endpoint: Company.endpoint(scheme: "0088", identifier: "7300010000001")))
        XCTAssertEqual(try upgraded.snapshot { try $0.people(ofCompany: 1) }.map(\.firstName), ["Anna"])
        let connections = try upgraded.snapshot { try $0.connections(includingDeleted: true) }
        XCTAssertEqual(connections.map(\.name), [ERPConnection.standaloneName, "Tryton"])
        for connection in connections {
            XCTAssertEqual(connection.sync, SyncSettings(isActive: false, priority: 1, conflictWinner: .erp, pushOnOrder: false), connection.name)
            XCTAssertEqual(try upgraded.snapshot { try $0.fieldMappings(connectionId: connection.id!) }, [], connection.name)
            XCTAssertEqual(try upgraded.snapshot { try $0.partyLinks(connectionId: connection.id!) }, [], connection.name)
            XCTAssertEqual(try upgraded.snapshot { try $0.syncLog(connectionId: connection.id!, limit: nil) }, [], connection.name)
        }
        XCTAssertEqual(connections.last?.settings, ["url": "https://erp.example/"])
        XCTAssertNoThrow(try upgraded.verifyIntegrity())

        // The upgraded database takes sync data.
        let link = try upgraded.transaction { writer in
            try writer.insert(PartyLink(companyId: 1, connectionId: connections.last!.id!, partyKey: "1", partyCode: "C1", linkedAt: instant(milliseconds: 5)))
        }
        XCTAssertEqual(try upgraded.snapshot { try $0.partyLinks(companyId: 1) }, [link])
    }
}
