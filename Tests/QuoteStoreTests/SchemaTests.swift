import Foundation
import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

final class SchemaTests: XCTestCase {
    static let entityTables: Set<String> = [
        "associate", "company", "person", "saleType", "sale", "priceList", "product", "quote", "quoteVersion", "versionStateChange",
        "quoteAlternative", "quoteLine", "saleActivity", "document", "ownCompany", "erpConnection", "fieldSetting", "fieldLabel",
        "quoteSettings", "versionAttachment", "saleTypeAttachment", "syncFieldMapping", "syncListMapping", "syncDefault", "partyLink", "syncLog",
    ]

    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    private func tables(_ store: QuoteDatabase) throws -> Set<String> {
        Set(try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
        })
    }

    func testInMemoryDatabaseHasAppliedExactlyTheKnownMigrations() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertFalse(SchemaMigrations.knownIdentifiers.isEmpty)
        XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)
    }

    func testCreatedDatabaseHasAppliedExactlyTheKnownMigrations() throws {
        let store = try QuoteDatabase.create(at: folder.path("q.sqlite"))
        XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)
        let recorded = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertEqual(Set(recorded), Set(SchemaMigrations.knownIdentifiers))
        XCTAssertEqual(recorded.count, SchemaMigrations.knownIdentifiers.count)
    }

    func testFreshDatabasesHaveEveryEntityTable() throws {
        XCTAssertEqual(try tables(QuoteDatabase.inMemory()), Self.entityTables)
        XCTAssertEqual(try tables(QuoteDatabase.create(at: folder.path("q.sqlite"))), Self.entityTables)
    }

    func testForeignKeysAreOn() throws {
        for store in [try QuoteDatabase.inMemory(), try QuoteDatabase.create(at: folder.path("q.sqlite"))] {
            XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }, 1, store.path)
            XCTAssertThrowsError(try store.write { db in _ = try Person(companyId: 999, firstName: "No", lastName: "Company").inserted(db) }, store.path) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid)
            }
        }
    }

    func testFileDatabaseUsesWriteAheadLogging() throws {
        let store = try QuoteDatabase.create(at: folder.path("q.sqlite"))
        XCTAssertEqual(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }?.lowercased(), "wal")
    }

    func testFileDatabaseCarriesTheApplicationID() throws {
        let path = folder.path("q.sqlite")
        do {
            let store = try QuoteDatabase.create(at: path)
            XCTAssertEqual(try store.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }, SchemaMigrations.applicationID)
            try store.queue.close()
        }
        // In the file header itself (offset 68, big-endian), where `file` and other tools look.
        let header = try XCTUnwrap(FileManager.default.contents(atPath: path)).prefix(72)
        let applicationID = header.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        XCTAssertEqual(applicationID, 0x5144_4F43)
    }

    func testStandardSaleTypeIsSeeded() throws {
        for store in [try QuoteDatabase.inMemory(), try QuoteDatabase.create(at: folder.path("q.sqlite"))] {
            let saleTypes = try store.saleTypes()
            XCTAssertEqual(saleTypes.map(\.name), ["Standard"])
            let standard = try store.saleType(named: "Standard")
            XCTAssertEqual(standard.quoteValidityDays, 30)
            XCTAssertTrue(standard.allowsAlternatives)
            XCTAssertEqual(standard.quoteTemplate, "proposal")
            XCTAssertEqual(standard.confirmationTemplate, "order-confirmation")
        }
    }

    func testOpeningTwiceAppliesNothingAgain() throws {
        let path = folder.path("q.sqlite")
        do {
            let store = try QuoteDatabase.create(at: path)
            try store.add(Company(code: "KEEP", name: "Kept"))
            try store.queue.close()
        }
        for _ in 0..<2 {
            let store = try QuoteDatabase.open(at: path)
            XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)
            XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }, SchemaMigrations.knownIdentifiers.count)
            XCTAssertEqual(try store.saleTypes().map(\.name), ["Standard"])
            XCTAssertEqual(try store.companies().map(\.code), ["KEEP"])
            XCTAssertEqual(try tables(store), Self.entityTables)
            try store.queue.close()
        }
    }

    func testCreateOnAnExistingQuotedocDatabaseOpensIt() throws {
        let path = folder.path("q.sqlite")
        do {
            let store = try QuoteDatabase.create(at: path)
            try store.add(Company(code: "KEEP", name: "Kept"))
            try store.queue.close()
        }
        let again = try QuoteDatabase.create(at: path)
        XCTAssertEqual(try again.companies().map(\.code), ["KEEP"])
        XCTAssertEqual(try again.saleTypes().count, 1)
    }

    func testCreateRefusesAnExistingFileThatIsNotQuotedocs() throws {
        let path = folder.path("notes.txt")
        let original = Data("keep me\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try QuoteDatabase.create(at: path)) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notAQuotedocDatabase)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), original)
    }

    func testCreateInAMissingFolderFailsAndLeavesNoFile() throws {
        let path = folder.path("no/such/folder/q.sqlite")
        XCTAssertThrowsError(try QuoteDatabase.create(at: path)) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .databaseFailure)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
