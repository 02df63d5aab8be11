import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// ERP connections as rows (migration v7-erp-connections): the built-in Standalone connection,
/// connections written and read through the storage interface, quotes held to a connection that
/// exists and was not removed, the ERP's order on a quote and product on a line, the one way a
/// sold version becomes lost, the catalogue search of the standalone connector, and the upgrade
/// of a v6 database.
final class ERPConnectionStoreTests: XCTestCase {
    var store: QuoteDatabase!
    var fixture: SaleFixture!

    let unknownMessage = "the quote names a connection that does not exist"
    let removedMessage = "the connection was removed: no new quote can use it"
    let deleteMessage = "connections are removed by marking them deleted"
    let fixedMessage = "a connection keeps its name, connector and client key: they never change"
    let unplacedMessage = "the ERP order key is set when the order is placed, never before"
    let orderKeyMessage = "an order in the ERP keeps its key and number: once set, they never change"
    let orderStateMessage = "an order done or cancelled in the ERP is final: its state never changes"
    let finalMessage = "a sold, lost or archived quote version is final: its state never changes"
    let frozenMessage = "quote version is frozen (sent, ordered, lost or archived); create a new version with quotedoc version new"

    static let tryton = ERPConnection(
        name: "Tryton", connectorName: "tryton", description: "The ERP in Lund",
        settings: [
            "url": "https://erp.example/tryton/", "database": "lund", "user": "quotedoc", "password-env": "TRYTON_PASSWORD",
            "note": "säljare \"A\"\nrad två",
        ],
        clientKey: "8d0c6b1e-3f5a-4c2d-9e7f-0a1b2c3d4e5f")

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        fixture = try SaleFixture.insert(in: store)
    }

    // MARK: Fixture

    private func execute(_ sql: String) throws {
        try store.write { db in try db.execute(sql: sql) }
    }

    private func connections(includingDeleted: Bool = true) throws -> [ERPConnection] {
        try store.snapshot { try $0.connections(includingDeleted: includingDeleted) }
    }

    private func connection(named name: String) throws -> ERPConnection? {
        try store.snapshot { try $0.connection(named: name) }
    }

    @discardableResult
    private func insert(_ connection: ERPConnection) throws -> ERPConnection {
        try store.transaction { try $0.insert(connection) }
    }

    private func update(_ connection: ERPConnection) throws {
        try store.transaction { try $0.update(connection) }
    }

    /// Quote `number` on a new open sale of the same number, on `connection`, through the
    /// storage interface: version 1, a draft with one empty alternative "Standard".
    @discardableResult
    private func draftQuote(_ number: String, on connection: String = ERPConnection.standaloneName) throws -> QuoteDetail {
        try store.add(fixture.sale(number: number))
        return try store.transaction { writer in
            let sale = try XCTUnwrap(try writer.sale(number: number))
            let quote = try writer.insert(Quote(saleId: sale.id!, number: number, connectionName: connection))
            let alternative = AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: "Standard"), lines: [])
            _ = try writer.insert(VersionWithAlternatives(version: QuoteVersion(quoteId: quote.id!), alternatives: [alternative]), favouriteIndex: 0)
            return try writer.quoteDetail(number: number, version: nil)
        }
    }

    /// Places the order on quote `number` (its favourite alternative) by direct SQL, setting
    /// `also` in the same update.
    private func placeOrder(_ number: String, also: String = "") throws {
        try execute("""
            UPDATE quote SET acceptedAlternativeId = (SELECT favouriteAlternativeId FROM quoteVersion WHERE quoteId = quote.id),
                orderDate = '2026-03-09'\(also.isEmpty ? "" : ", " + also)
            WHERE number = '\(number)'
            """)
    }

    /// Quote `number` sent, ordered and sold, by direct SQL as the workflow leaves it.
    private func soldQuote(_ number: String) throws {
        try draftQuote(number)
        try execute("UPDATE quoteVersion SET state = 'sent', sentDate = '2026-03-07' WHERE quoteId = (SELECT id FROM quote WHERE number = '\(number)')")
        try placeOrder(number)
        try execute("UPDATE quoteVersion SET state = 'sold' WHERE quoteId = (SELECT id FROM quote WHERE number = '\(number)')")
        XCTAssertEqual(try store.quote(number: number).version.version.state, .sold)
    }

    /// Asserts `body` fails with a ``QuoteError`` of `code` whose message is `message`.
    private func assertRefused<T>(
        _ message: String, code: QuoteError.Code = .invalid, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
    ) {
        XCTAssertThrowsError(try body(), message, file: file, line: line) { error in
            guard let error = error as? QuoteError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.code, code, message, file: file, line: line)
            XCTAssertEqual(error.description, message, file: file, line: line)
        }
    }

    /// Asserts the database refuses `sql` with `message`.
    private func assertRefused(_ sql: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(message, file: file, line: line) { try execute(sql) }
    }

    private func assertIsClientKey(_ key: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let uuid = try Regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        XCTAssertNotNil(key.wholeMatch(of: uuid), "'\(key)' is a random lowercase UUID", file: file, line: line)
    }

    // MARK: Connections

    func testANewDatabaseHasTheStandaloneConnection() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var keys: [String] = []
        for database in [store!, try QuoteDatabase.create(at: folder.path("q.sqlite"))] {
            let all = try database.snapshot { try $0.connections(includingDeleted: true) }
            XCTAssertEqual(all.count, 1, database.path)
            let standalone = try XCTUnwrap(all.first)
            XCTAssertEqual(standalone, ERPConnection(
                id: standalone.id, name: "Standalone", connectorName: "standalone", description: "The price lists in this database",
                settings: [:], clientKey: standalone.clientKey, isDeleted: false))
            XCTAssertEqual(try database.snapshot { try $0.connection(named: ERPConnection.standaloneName) }, standalone)
            try assertIsClientKey(standalone.clientKey)
            keys.append(standalone.clientKey)
        }
        XCTAssertNotEqual(keys[0], keys[1], "every database has a client key of its own")
    }

    func testAConnectionRoundTripsWithItsSettingsAndIsRemovedByMarkingIt() throws {
        let inserted = try insert(Self.tryton)
        var expected = Self.tryton
        expected.id = try XCTUnwrap(inserted.id)
        XCTAssertEqual(inserted, expected)
        try assertFetchesBack(inserted, from: store)
        XCTAssertEqual(try connection(named: "Tryton"), expected)
        XCTAssertNil(try connection(named: "tryton"), "names are matched as written, like every other name")
        XCTAssertNil(try connection(named: "Odoo"))
        // Stored as JSON with its keys sorted, readable in the sqlite3 shell.
        XCTAssertEqual(
            try store.read { db in try String.fetchOne(db, sql: "SELECT settings FROM erpConnection WHERE name = 'Tryton'") },
            #"{"database":"lund","note":"säljare \"A\"\nrad två","password-env":"TRYTON_PASSWORD","url":"https://erp.example/tryton/","user":"quotedoc"}"#)

        try insert(ERPConnection(name: "Axapta", connectorName: "standalone", clientKey: "axapta-key"))
        XCTAssertEqual(try connections(includingDeleted: false).map(\.name), ["Standalone", "Axapta", "Tryton"])

        var changed = expected
        changed.description = "The ERP in Malmö"
        changed.settings = ["url": "https://malmo.example/", "password-env": "MALMO_PASSWORD"]
        try update(changed)
        XCTAssertEqual(try connection(named: "Tryton"), changed)

        var removed = changed
        removed.isDeleted = true
        try update(removed)
        XCTAssertEqual(try connection(named: "Tryton"), removed, "a removed connection still reads, for its quotes")
        XCTAssertEqual(try connections(includingDeleted: false).map(\.name), ["Standalone", "Axapta"])
        XCTAssertEqual(try connections(includingDeleted: true).map(\.name), ["Standalone", "Axapta", "Tryton"])
        XCTAssertEqual(try connections().last, removed)
    }

    func testAConnectionKeepsItsNameConnectorAndClientKey() throws {
        let stored = try insert(Self.tryton)
        let changes: [(inout ERPConnection) -> Void] = [{ $0.name = "Odoo" }, { $0.connectorName = "odoo" }, { $0.clientKey = "another-key" }]
        for change in changes {
            var changed = stored
            change(&changed)
            assertRefused(fixedMessage) { try update(changed) }
        }
        XCTAssertEqual(try connection(named: "Tryton"), stored)
        var neverStored = Self.tryton
        neverStored.name = "Odoo"
        assertRefused("no connection 'Odoo'", code: .notFound) { try update(neverStored) }
        for change in ["name = 'Odoo'", "connectorName = 'odoo'", "clientKey = 'another-key'"] {
            assertRefused("UPDATE erpConnection SET \(change) WHERE name = 'Tryton'", fixedMessage)
        }
        try execute("UPDATE erpConnection SET description = 'by hand', isDeleted = 1 WHERE name = 'Tryton'")
        XCTAssertEqual(try connection(named: "Tryton")?.description, "by hand")
    }

    func testAConnectionRowIsNeverDeleted() throws {
        try insert(Self.tryton)
        assertRefused("DELETE FROM erpConnection WHERE name = 'Tryton'", deleteMessage)
        assertRefused("DELETE FROM erpConnection WHERE name = 'Standalone'", deleteMessage)
        assertRefused("DELETE FROM erpConnection", deleteMessage)
        XCTAssertEqual(try connections().map(\.name), ["Standalone", "Tryton"])
    }

    func testADuplicateNameIsRefusedEvenWhenTheFirstWasRemoved() throws {
        let first = try insert(Self.tryton)
        var again = Self.tryton
        again.clientKey = "another-key"
        assertRefused("there is already a connection named 'Tryton'", code: .duplicate) { try insert(again) }
        var removed = first
        removed.isDeleted = true
        try update(removed)
        assertRefused("there is already a connection named 'Tryton'", code: .duplicate) { try insert(again) }
        assertRefused("there is already a connection named 'Standalone'", code: .duplicate) {
            try insert(ERPConnection(name: "Standalone", connectorName: "standalone", clientKey: "yet-another-key"))
        }
        // A client key in use is refused by the table.
        XCTAssertThrowsError(try insert(ERPConnection(name: "Odoo", connectorName: "odoo", clientKey: Self.tryton.clientKey))) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
        XCTAssertEqual(try connections().map(\.name), ["Standalone", "Tryton"])
    }

    func testTheTableRefusesEmptyKeysAndSettingsThatAreNoObject() throws {
        for connection in [
            ERPConnection(name: "", connectorName: "tryton", clientKey: "k1"), ERPConnection(name: "A", connectorName: "", clientKey: "k2"),
            ERPConnection(name: "B", connectorName: "tryton", clientKey: ""),
        ] {
            XCTAssertThrowsError(try insert(connection)) { error in XCTAssertEqual((error as? QuoteError)?.code, .invalid) }
        }
        try insert(Self.tryton)
        for settings in ["'not json'", "'[\"a\"]'", "'\"text\"'", "42", "NULL"] {
            XCTAssertThrowsError(try execute("UPDATE erpConnection SET settings = \(settings) WHERE name = 'Tryton'"), settings) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid, settings)
            }
        }
        XCTAssertEqual(try connection(named: "Tryton")?.settings, Self.tryton.settings)
    }

    func testSettingsThatAreNotAllStringsReadAsCorruptWithoutShowingThem() throws {
        try insert(Self.tryton)
        try execute(#"UPDATE erpConnection SET settings = '{"port": 8000, "password": "hunter2"}' WHERE name = 'Tryton'"#)
        let reads: [() throws -> ERPConnection?] = [{ try self.connection(named: "Tryton") }, { try self.connections().last }]
        for read in reads {
            XCTAssertThrowsError(try read()) { error in
                guard let error = error as? QuoteError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.code, .corrupt)
                XCTAssertTrue(error.description.contains("'Tryton'"), error.description)
                XCTAssertFalse(error.description.contains("hunter2"), error.description)
            }
        }
    }

    // MARK: A quote's connection

    func testAQuoteOnAnUnknownConnectionIsRefused() throws {
        assertRefused(unknownMessage) { try draftQuote("U", on: "Nowhere") }
        assertRefused(unknownMessage) { try draftQuote("V", on: "standalone") }
        XCTAssertEqual(try store.quotes().map(\.number), [])
        let quote = try draftQuote("S").quote
        XCTAssertEqual(quote.connectionName, "Standalone")
        assertRefused("UPDATE quote SET connectionName = 'Nowhere' WHERE number = 'S'", unknownMessage)
        assertRefused(
            "INSERT INTO quote (saleId, number, connectionName) VALUES ((SELECT id FROM sale WHERE number = 'U'), 'U', 'Nowhere')", unknownMessage)
    }

    func testAQuoteOnARemovedConnectionIsRefusedAndTheQuotesItHasStay() throws {
        var tryton = try insert(Self.tryton)
        try draftQuote("T1", on: "Tryton")
        try draftQuote("S1")
        tryton.isDeleted = true
        try update(tryton)

        assertRefused(removedMessage) { try draftQuote("T2", on: "Tryton") }
        assertRefused("UPDATE quote SET connectionName = 'Tryton' WHERE number = 'S1'", removedMessage)
        // The quote made before the removal reads, and its other columns still change (the
        // store writes every column, its connection name unchanged).
        try store.transaction { writer in
            var quote = try XCTUnwrap(try writer.quote(number: "T1"))
            XCTAssertEqual(quote.connectionName, "Tryton")
            quote.poNumber = "PO-T1"
            try writer.update(quote)
        }
        XCTAssertEqual(try store.quote(number: "T1").quote.poNumber, "PO-T1")
        // Moving it to a connection in use is allowed, as before.
        try execute("UPDATE quote SET connectionName = 'Standalone' WHERE number = 'T1'")
        XCTAssertEqual(try store.quote(number: "T1").quote.connectionName, "Standalone")
    }

    // MARK: The ERP's order

    func testTheERPOrderKeyIsSetOnlyOnAPlacedOrderAndNeverChanges() throws {
        try draftQuote("O")
        assertRefused("UPDATE quote SET erpOrderKey = 'sale.sale,17' WHERE number = 'O'", unplacedMessage)
        assertRefused(unplacedMessage) {
            try store.transaction { writer in
                var quote = try XCTUnwrap(try writer.quote(number: "O"))
                quote.erpOrderKey = "sale.sale,17"
                try writer.update(quote)
            }
        }
        try store.add(fixture.sale(number: "N"))
        assertRefused(
            "INSERT INTO quote (saleId, number, connectionName, erpOrderKey) VALUES ((SELECT id FROM sale WHERE number = 'N'), 'N', 'Standalone', 'k')",
            unplacedMessage)

        // Placed and handed to the ERP in one update, through the storage interface.
        try store.transaction { writer in
            var quote = try XCTUnwrap(try writer.quote(number: "O"))
            let version = try XCTUnwrap(try writer.versions(of: quote).last)
            quote.acceptedAlternativeId = version.favouriteAlternativeId
            quote.orderDate = day("2026-03-09")
            quote.erpOrderKey = "sale.sale,17"
            quote.erpOrderNumber = "SO/0017"
            quote.erpOrderState = "confirmed"
            try writer.update(quote)
        }
        let ordered = try store.quote(number: "O").quote
        XCTAssertEqual([ordered.erpOrderKey, ordered.erpOrderNumber, ordered.erpOrderState], ["sale.sale,17", "SO/0017", "confirmed"])
        for change in ["erpOrderKey = 'sale.sale,18'", "erpOrderKey = ''", "erpOrderNumber = 'SO/0018'", "erpOrderNumber = ''"] {
            assertRefused("UPDATE quote SET \(change) WHERE number = 'O'", orderKeyMessage)
        }
        try execute("UPDATE quote SET erpOrderState = 'processing' WHERE number = 'O'")
        XCTAssertEqual(try store.quote(number: "O").quote.erpOrderState, "processing")

        // An order placed first and handed to the ERP later.
        try draftQuote("P")
        try placeOrder("P")
        try execute("UPDATE quote SET erpOrderKey = 'sale.sale,19', erpOrderNumber = 'SO/0019' WHERE number = 'P'")
        XCTAssertEqual(try store.quote(number: "P").quote.erpOrderKey, "sale.sale,19")
    }

    func testAnOrderDoneOrCancelledInTheERPKeepsItsState() throws {
        for final in ["done", "cancelled"] {
            try draftQuote(final)
            try placeOrder(final, also: "erpOrderKey = 'sale.sale,\(final)', erpOrderState = 'confirmed'")
            try execute("UPDATE quote SET erpOrderState = '\(final)' WHERE number = '\(final)'")
            for other in ["confirmed", "", final == "done" ? "cancelled" : "done"] {
                assertRefused("UPDATE quote SET erpOrderState = '\(other)' WHERE number = '\(final)'", orderStateMessage)
            }
            // Writing it unchanged, as the store writes a whole quote, is no change.
            try store.transaction { writer in try writer.update(try XCTUnwrap(try writer.quote(number: final))) }
            XCTAssertEqual(try store.quote(number: final).quote.erpOrderState, final)
        }
    }

    func testASoldVersionBecomesLostOnlyWhenTheERPCancelledItsOrder() throws {
        try soldQuote("C")
        let move = { (state: String) in "UPDATE quoteVersion SET state = '\(state)' WHERE quoteId = (SELECT id FROM quote WHERE number = 'C')" }
        assertRefused(move("lost"), finalMessage)
        // An order kept in quotedoc has no ERP state, so it cannot be "cancelled in the ERP".
        assertRefused("UPDATE quote SET erpOrderState = 'cancelled' WHERE number = 'C'", "only an order placed in the ERP has an ERP state")
        try execute("UPDATE quote SET erpOrderKey = 'sale.sale,1' WHERE number = 'C'")
        for state in ["quotation", "confirmed", "processing"] {
            try execute("UPDATE quote SET erpOrderState = '\(state)' WHERE number = 'C'")
            assertRefused(move("lost"), finalMessage)
        }
        try execute("UPDATE quote SET erpOrderState = 'cancelled' WHERE number = 'C'")
        // Cancelled: lost is the one way out; every other state stays refused.
        assertRefused(move("archived"), finalMessage)
        assertRefused(move("sent"), finalMessage)
        try execute(move("lost"))
        XCTAssertEqual(try store.quote(number: "C").version.version.state, .lost)
        assertRefused(move("sold"), finalMessage)

        // Done is final as well, and never opens the way to lost.
        try soldQuote("D")
        try execute("UPDATE quote SET erpOrderKey = 'sale.sale,2', erpOrderState = 'done' WHERE number = 'D'")
        assertRefused("UPDATE quoteVersion SET state = 'lost' WHERE quoteId = (SELECT id FROM quote WHERE number = 'D')", finalMessage)
        XCTAssertEqual(try store.quote(number: "D").version.version.state, .sold)
    }

    func testALinesERPProductKeyRoundTripsAndIsFrozenWithItsVersion() throws {
        try draftQuote("L")
        try store.changeActiveVersion("L") { tree in
            tree.alternatives[0].lines = [QuoteLine(
                alternativeId: tree.alternatives[0].alternative.id!, rank: 1, erpProductKey: "product.product,42", code: "CHAI", name: "Chai",
                unitListPrice: dec("18.00"), quantity: dec("2"))]
        }
        XCTAssertEqual(try store.quote(number: "L").version.alternatives[0].lines.map(\.erpProductKey), ["product.product,42"])
        try store.changeActiveVersion("L") { tree in tree.alternatives[0].lines[0].erpProductKey = "product.product,43" }
        let line = try XCTUnwrap(try store.quote(number: "L").version.alternatives[0].lines.first)
        XCTAssertEqual(line.erpProductKey, "product.product,43")
        try assertFetchesBack(line, from: store)

        try execute("UPDATE quoteVersion SET state = 'sent', sentDate = '2026-03-07' WHERE quoteId = (SELECT id FROM quote WHERE number = 'L')")
        assertRefused("UPDATE quoteLine SET erpProductKey = 'product.product,44' WHERE id = \(line.id!)", frozenMessage)
        XCTAssertEqual(try store.quote(number: "L").version.alternatives[0].lines.map(\.erpProductKey), ["product.product,43"])
    }

    // MARK: The standalone connector's catalogue

    func testProductsMatchingSearchTheActivePriceListsByCodeOrNameIgnoringCase() throws {
        let active = try store.add(PriceList(name: "Active", currency: .usd))
        let old = try store.add(PriceList(name: "Old", currency: .usd, isActive: false))
        for (list, code, name) in [
            (active, "10", "Ikura"), (active, "2", "Chang"), (active, "1", "Chai"), (active, "GUDB-1", "Gudbrandsdalsost"),
            (active, "ØL-1", "Øl fra Ærø"), (old, "3", "Chai, last year's"),
        ] {
            try store.add(Product(priceListId: list.id!, code: code, name: name, unitListPrice: dec("1.00")))
        }
        let search = { (text: String, limit: Int) in
            try self.store.snapshot { try $0.products(matching: text, limit: limit) }.map(\.code)
        }
        XCTAssertEqual(try search("", 100), ["GUDB-1", "ØL-1", "1", "2", "10"], "every active product, numeric codes in numeric order")
        XCTAssertEqual(try search("CHA", 100), ["1", "2"], "names, ignoring case; the inactive list's Chai is left out")
        XCTAssertEqual(try search("gudb", 100), ["GUDB-1"], "codes, ignoring case")
        XCTAssertEqual(try search("OST", 100), ["GUDB-1"])
        XCTAssertEqual(try search("øl", 100), ["ØL-1"], "case beyond ASCII")
        XCTAssertEqual(try search("ærø", 100), ["ØL-1"])
        XCTAssertEqual(try search("%", 100), [], "no wildcards")
        XCTAssertEqual(try search("_", 100), [])
        XCTAssertEqual(try search("", 2), ["GUDB-1", "ØL-1"])
        XCTAssertEqual(try search("", 0), [])
        let chai = try XCTUnwrap(try store.snapshot { try $0.products(matching: "chai", limit: 1) }.first)
        XCTAssertEqual(chai, try store.product(code: "1", in: active))
    }

    // MARK: Upgrade

    func testAV6DatabaseKeepsItsQuotesAndGivesThemTheStandaloneConnection() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("v6.sqlite")
        try MigrationUpgradeTests.olderDatabase(at: path, upTo: "v6-version-state-changes") { db in
            try MigrationUpgradeTests.insertRepresentativeRows(db)
            // Two more quotes: one naming a connection an older quotedoc never listed, one naming none.
            try db.execute(sql: """
                INSERT INTO sale (id, number, title, ownerId, companyId, saleTypeId, currency, status, amount, date)
                VALUES (2, 'S-8', 'Other', 1, 1, 1, 'SEK', 'open', '0', '2026-03-02'), (3, 'S-9', 'None', 1, 1, 1, 'SEK', 'open', '0', '2026-03-02');
                INSERT INTO quote (id, saleId, number, connectionName) VALUES (2, 2, 'Q-8', 'Visma (old)'), (3, 3, 'Q-9', '');
                """)
        }
        store = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)

        let quote = try store.quote(number: "Q-7")
        XCTAssertEqual(quote.quote, MigrationUpgradeTests.quote)
        XCTAssertEqual(quote.quote.connectionName, "Standalone")
        XCTAssertEqual([quote.quote.erpOrderKey, quote.quote.erpOrderNumber, quote.quote.erpOrderState], ["", "", ""])
        XCTAssertEqual(quote.version.version, MigrationUpgradeTests.version)
        XCTAssertEqual(quote.version.alternatives.map(\.lines), [MigrationUpgradeTests.lines])
        XCTAssertEqual(quote.version.alternatives[0].lines.map(\.erpProductKey), ["", ""])
        XCTAssertEqual(try store.read { db in try Quote.order(Column("id")).fetchAll(db).map(\.connectionName) }, ["Standalone", "Visma (old)", "Standalone"])

        let all = try connections()
        XCTAssertEqual(all.map(\.name), ["Standalone", "Visma (old)"])
        XCTAssertEqual(all.map(\.connectorName), ["standalone", "standalone"])
        XCTAssertEqual(all.map(\.settings), [[:], [:]])
        XCTAssertEqual(all.map(\.isDeleted), [false, false])
        XCTAssertEqual(all.first?.description, "The price lists in this database")
        for connection in all { try assertIsClientKey(connection.clientKey) }
        XCTAssertNotEqual(all[0].clientKey, all[1].clientKey)

        // The upgraded database holds its quotes to the rules of a new one.
        assertRefused("UPDATE quote SET connectionName = 'Nowhere' WHERE number = 'Q-8'", unknownMessage)
        assertRefused("DELETE FROM erpConnection WHERE name = 'Visma (old)'", deleteMessage)
        XCTAssertNoThrow(try store.verifyIntegrity())
        XCTAssertTrue(try store.verifyAuditTrail().isClean)
    }
}
