import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// The audit trail holds: direct SQL cannot change what was sent, decided, ordered or recorded,
/// the store's own paths still work, and what is changed after dropping the triggers shows in the
/// hash chains of sale activities and documents.
final class AuditTrailTests: XCTestCase {
    var store: QuoteDatabase!
    var fixture: SaleFixture!
    /// 2026-03-07 10:00 UTC.
    let now = instant(milliseconds: 1_772_877_600_000)

    let frozenMessage = "quote version is frozen (sent, ordered, lost or archived); create a new version with quotedoc version new"
    let approvalMessage = "the approval of a sent, sold, lost or archived quote version never changes"
    let finalMessage = "a sold, lost or archived quote version is final: its state never changes"
    let orderMessage = "a placed order never changes: its accepted alternative, PO number, comment and date are fixed"

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        fixture = try SaleFixture.insert(in: store)
    }

    // MARK: Fixture

    /// Quote `number` on a new open sale of the same number: version 1, a draft with one empty
    /// alternative "Standard".
    @discardableResult
    private func draftQuote(_ number: String) throws -> QuoteDetail {
        try store.add(fixture.sale(number: number))
        return try store.makeQuote(saleNumber: number)
    }

    private func documentDraft(_ number: String, rank: Int, kind: DocumentKind, format: DocumentFormat) -> DocumentDraft {
        DocumentDraft(
            kind: kind, format: format, path: "/archive/\(number)/\(number)-v\(rank)-\(kind.rawValue).\(format.rawValue)",
            sha256: String(repeating: "ab", count: 32), byteSize: 1024, templateName: kind == .proposal ? "proposal" : "order-confirmation",
            templateHash: String(repeating: "cd", count: 32), engineVersion: "test")
    }

    /// Runs `change` on version `rank` of quote `number` (the active one when nil), in one
    /// transaction of the storage interface, as the workflow does.
    private func change<T>(_ number: String, rank: Int? = nil, _ change: (any StorageWriter, inout QuoteVersion, Sale) throws -> T) throws -> T {
        try store.transaction { writer in
            let quote = try XCTUnwrap(try writer.quote(number: number))
            let versions = try writer.versions(of: quote)
            var version = try XCTUnwrap(rank.map { wanted in versions.first { $0.rank == wanted } } ?? versions.last)
            let sale = try XCTUnwrap(try writer.sale(id: quote.saleId))
            return try change(writer, &version, sale)
        }
    }

    private func activity(_ kind: ActivityKind, _ version: QuoteVersion, _ sale: Sale, documents: [DocumentDraft], _ writer: any StorageWriter) throws -> ActivityRecord {
        let activity = try writer.append(
            SaleActivity(kind: kind, saleId: sale.id!, quoteVersionId: version.id, associateId: sale.ownerId, date: now, text: kind.rawValue),
            documents: documents, versionId: version.id, now: now)
        return try XCTUnwrap(try writer.activities(ActivityFilter(id: activity.id)).first)
    }

    /// Sends version `rank` of quote `number` as the workflow records it: one activity, HTML and XML.
    @discardableResult
    private func send(_ number: String, rank: Int = 1) throws -> ActivityRecord {
        try change(number, rank: rank) { writer, version, sale in
            version.state = .sent
            version.sentDate = day("2026-03-07")
            version.expirationDate = day("2026-04-06")
            try writer.update(version)
            return try activity(.quoteSent, version, sale, documents: [
                documentDraft(number, rank: rank, kind: .proposal, format: .html), documentDraft(number, rank: rank, kind: .proposal, format: .xml),
            ], writer)
        }
    }

    /// Places the order on version `rank` of quote `number`, alternative "Standard", as the workflow records it.
    @discardableResult
    private func order(_ number: String, rank: Int = 1) throws -> ActivityRecord {
        try change(number, rank: rank) { writer, version, sale in
            var quote = try XCTUnwrap(try writer.quote(number: number))
            quote.acceptedAlternativeId = version.favouriteAlternativeId
            quote.poNumber = "PO-\(number)"
            quote.orderComment = "Deliver in March"
            quote.orderDate = day("2026-03-09")
            try writer.update(quote)
            version.state = .sold
            try writer.update(version)
            var sold = sale
            sold.status = .sold
            try writer.update(sold)
            return try activity(.orderPlaced, version, sale, documents: [documentDraft(number, rank: rank, kind: .orderConfirmation, format: .html)], writer)
        }
    }

    private func markLost(_ number: String) throws {
        try change(number) { writer, version, sale in
            version.state = .lost
            try writer.update(version)
            var lost = sale
            lost.status = .lost
            try writer.update(lost)
            _ = try activity(.saleLost, version, sale, documents: [], writer)
        }
    }

    /// Version n+1 of quote `number` as a draft copy of the active one, the others archived, as the workflow makes it.
    private func newVersion(_ number: String) throws {
        try change(number) { writer, active, _ in
            let quote = try XCTUnwrap(try writer.quote(number: number))
            let tree = try writer.tree(of: active)
            for var version in try writer.versions(of: quote) where version.state != .archived {
                version.archivedState = version.state
                version.state = .archived
                try writer.update(version)
            }
            _ = try writer.insert(tree.draftCopy(rank: active.rank + 1), favouriteIndex: 0)
        }
    }

    /// Asks `approver` for approval of quote `number`'s active version, who then approves it.
    private func approve(_ number: String, by approver: Associate) throws {
        try change(number) { writer, version, _ in
            version.approval = Approval(requestedApproverId: approver.id, requestComment: "please")
            version.state = .needsApproval
            try writer.update(version)
            version.approval.approvedById = approver.id
            version.approval.approvalText = "fine"
            version.approval.registeredById = approver.id
            version.approval.registeredAt = now
            version.state = .approved
            try writer.update(version)
        }
    }

    private func versionId(_ number: String, rank: Int = 1) throws -> Int64 {
        try XCTUnwrap(try store.quote(number: number, version: rank).version.version.id)
    }

    /// Version 1 of four quotes, one in each state that is no longer editable.
    private func frozenVersions() throws -> [(state: VersionState, id: Int64)] {
        try draftQuote("S")
        try send("S")
        try draftQuote("O")
        try send("O")
        try order("O")
        try draftQuote("L")
        try send("L")
        try markLost("L")
        try draftQuote("A")
        try send("A")
        try newVersion("A")
        let versions: [(state: VersionState, id: Int64)] = [
            (.sent, try versionId("S")), (.sold, try versionId("O")), (.lost, try versionId("L")), (.archived, try versionId("A")),
        ]
        for (state, id) in versions {
            XCTAssertEqual(try store.read { db in try QuoteVersion.fetchOne(db, key: id) }?.state, state)
        }
        return versions
    }

    private func execute(_ sql: String) throws {
        try store.write { db in try db.execute(sql: sql) }
    }

    /// Asserts the database refuses `sql` with `message`.
    private func assertRefused(_ sql: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(sql, anyOf: [message], file: file, line: line)
    }

    /// Asserts the database refuses `sql` with one of `messages`.
    private func assertRefused(_ sql: String, anyOf messages: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try execute(sql), sql, file: file, line: line) { error in
            guard let error = error as? QuoteError else { return XCTFail("\(sql): \(error)", file: file, line: line) }
            XCTAssertEqual(error.code, .invalid, sql, file: file, line: line)
            XCTAssertTrue(messages.contains(error.description), "\(sql): \(error.description)", file: file, line: line)
        }
    }

    // MARK: Triggers

    func testTheApprovalOfAVersionNoLongerEditableCannotChange() throws {
        let approver = try store.add(Associate(userName: "approver", name: "Ann Approver", canApproveQuote: true))
        let approverId = try XCTUnwrap(approver.id)
        let changes = [
            "requestedApproverId = \(approverId)", "approvalRequestComment = 'please'", "approvedById = \(approverId)",
            "approvalText = 'fine'", "approvalRegisteredById = \(approverId)", "approvalRegisteredAt = '2026-03-08 09:00:00.000'",
        ]
        for (state, id) in try frozenVersions() {
            for change in changes {
                assertRefused("UPDATE quoteVersion SET \(change) WHERE id = \(id) AND state = '\(state.rawValue)'", approvalMessage)
            }
        }
        // A version still editable takes any approval.
        let draft = try XCTUnwrap(try draftQuote("D").version.version.id)
        try execute("UPDATE quoteVersion SET \(changes.joined(separator: ", ")) WHERE id = \(draft)")
        XCTAssertEqual(try store.quote(number: "D").version.version.approval.approvalText, "fine")
    }

    func testSoldLostAndArchivedVersionsAreFinal() throws {
        let versions = try frozenVersions()
        for (state, id) in versions where state != .sent {
            for target in VersionState.allCases where target != state {
                // A move back to an editable state or to sent is refused by v3's freeze as well.
                let messages = [VersionState.archived, .lost, .sold].contains(target) ? [finalMessage] : [finalMessage, frozenMessage]
                assertRefused("UPDATE quoteVersion SET state = '\(target.rawValue)' WHERE id = \(id) AND state = '\(state.rawValue)'", anyOf: messages)
            }
        }
        let archived = try XCTUnwrap(versions.first { $0.state == .archived }?.id)
        assertRefused(
            "UPDATE quoteVersion SET archivedState = 'sold' WHERE id = \(archived)",
            "an archived quote version keeps the state it was archived from")
        XCTAssertEqual(try store.read { db in try QuoteVersion.fetchOne(db, key: archived) }?.archivedState, .sent)
    }

    func testASentVersionOnlyBecomesArchivedSoldOrLost() throws {
        for target in [VersionState.archived, .sold, .lost] {
            try draftQuote(target.rawValue)
            try send(target.rawValue)
            let id = try versionId(target.rawValue)
            for backwards in [VersionState.draft, .needsApproval, .approved, .notApproved] {
                assertRefused("UPDATE quoteVersion SET state = '\(backwards.rawValue)' WHERE id = \(id)", frozenMessage)
            }
            try execute("UPDATE quoteVersion SET state = '\(target.rawValue)' WHERE id = \(id)")
            XCTAssertEqual(try store.quote(number: target.rawValue).version.version.state, target)
        }
    }

    func testSaleActivitiesAreAppendOnly() throws {
        try draftQuote("S")
        let sent = try XCTUnwrap(try send("S").activity.id)
        try markLost("S")
        let columns = [
            "kind = 'followUp'", "saleId = saleId + 1", "quoteVersionId = NULL", "associateId = associateId + 1",
            "date = '2020-01-01 00:00:00.000'", "text = 'rewritten'", "chainHash = NULL", "id = 99",
        ]
        for change in columns {
            assertRefused("UPDATE saleActivity SET \(change) WHERE id = \(sent)", "sale activities never change")
        }
        assertRefused("DELETE FROM saleActivity WHERE id = \(sent)", "sale activities are never deleted")
        assertRefused("DELETE FROM saleActivity", "sale activities are never deleted")
        let insert = "INSERT INTO saleActivity (id, kind, saleId, associateId, date) VALUES"
        assertRefused(
            "\(insert) (0, 'followUp', 1, \(fixture.owner.id!), '2026-03-08 00:00:00.000')",
            "sale activities are appended after the last one, never before it")
        assertRefused(
            "INSERT INTO saleActivity (kind, saleId, associateId, date, chainHash) VALUES ('followUp', 1, \(fixture.owner.id!), '2026-03-08 00:00:00.000', '\(AuditChain.genesis)')",
            "the chain hash of sale activities is computed by the database: insert without it")
        XCTAssertEqual(try store.activities().map(\.activity.kind), [.quoteSent, .saleLost])
        XCTAssertTrue(try store.verifyAuditTrail().isClean)
    }

    func testArchivedDocumentsNeverChangeAndAreAppendedInOrder() throws {
        try draftQuote("S")
        try send("S")
        let first = try XCTUnwrap(try store.documents().first?.id)
        for change in ["path = '/elsewhere'", "sha256 = '\(String(repeating: "0", count: 64))'", "chainHash = NULL", "chainHash = 'x'"] {
            assertRefused("UPDATE document SET \(change) WHERE id = \(first)", "archived documents never change")
        }
        assertRefused("DELETE FROM document WHERE id = \(first)", "archived documents are never deleted")
        let columns = "activityId, quoteVersionId, kind, format, path, sha256, byteSize, templateName, templateHash, engineVersion, created"
        let values = "1, 1, 'proposal', 'pdf', '/archive/S/S-v1-proposal.pdf', '\(String(repeating: "ef", count: 32))', 10, 'proposal', '', 'test', '2026-03-08 00:00:00.000'"
        assertRefused("INSERT INTO document (id, \(columns)) VALUES (0, \(values))", "archived documents are appended after the last one, never before it")
        assertRefused(
            "INSERT INTO document (\(columns), chainHash) VALUES (\(values), '\(AuditChain.genesis)')",
            "the chain hash of archived documents is computed by the database: insert without it")
        // The same row, as the store writes it, goes in and is chained.
        try execute("INSERT INTO document (\(columns)) VALUES (\(values))")
        XCTAssertEqual(try store.documents().count, 3)
        XCTAssertTrue(try store.verifyAuditTrail().isClean)
    }

    func testAPlacedOrderNeverChanges() throws {
        try draftQuote("O")
        try send("O")
        try order("O")
        let quote = try XCTUnwrap(try store.quote(number: "O").quote.id)
        for change in ["acceptedAlternativeId = NULL", "poNumber = 'PO-forged'", "orderComment = ''", "orderDate = '2026-01-01'"] {
            assertRefused("UPDATE quote SET \(change) WHERE id = \(quote)", orderMessage)
        }
        assertRefused("DELETE FROM quote WHERE id = \(quote)", "a quote with a placed order is never deleted")
        let placed = try store.quote(number: "O").quote
        XCTAssertEqual(placed.poNumber, "PO-O")
        XCTAssertEqual(placed.orderComment, "Deliver in March")
        XCTAssertEqual(placed.orderDate, day("2026-03-09"))
        // Before an order is placed the same columns still change.
        try draftQuote("Open")
        try execute("UPDATE quote SET poNumber = 'PO-early', orderComment = 'soon', orderDate = '2026-03-08' WHERE number = 'Open'")
        XCTAssertEqual(try store.quote(number: "Open").quote.poNumber, "PO-early")
    }

    func testTheStoresOwnPathsStillWork() throws {
        // Sent, then a new version archives it; the new version is sent and lost.
        try draftQuote("A")
        try send("A")
        try newVersion("A")
        try send("A", rank: 2)
        try markLost("A")
        XCTAssertEqual(try store.quote(number: "A").versions.map(\.state), [.archived, .lost])
        XCTAssertEqual(try store.versions(quoteNumber: "A").first?.version.archivedState, .sent)
        // Sent, then ordered: sold.
        try draftQuote("O")
        try send("O")
        try order("O")
        XCTAssertEqual(try store.quote(number: "O").version.version.state, .sold)
        // Ordered straight from an approved draft.
        let approver = try store.add(Associate(userName: "approver", name: "Ann Approver", canApproveQuote: true))
        try draftQuote("D")
        try execute("UPDATE quoteVersion SET state = 'needsApproval' WHERE quoteId = (SELECT id FROM quote WHERE number = 'D')")
        try approve("D", by: approver)
        try order("D")
        XCTAssertEqual(try store.quote(number: "D").version.version.state, .sold)
        XCTAssertEqual(try store.quote(number: "D").version.version.approval.approvalText, "fine")
        // A draft sent by direct SQL, as a send does it.
        try draftQuote("Q")
        try execute("UPDATE quoteVersion SET state = 'sent', sentDate = '2026-03-07' WHERE quoteId = (SELECT id FROM quote WHERE number = 'Q')")
        // An imported order: the quote with its order date, the version inserted as a draft then
        // made sold, then the accepted alternative set (as NorthwindDemo and the benchmark data do).
        let sale = try store.add(fixture.sale(number: "I", status: .sold))
        try store.write { db in
            var quote = try Quote(saleId: sale.id!, number: "I", poNumber: "PO-I", orderDate: day("2026-02-01")).inserted(db)
            let version = QuoteVersion(quoteId: quote.id!, state: .sold, sentDate: day("2026-01-20"))
            let tree = try QuoteDatabase.insert(db, VersionWithAlternatives(
                version: version, alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: "Standard"), lines: [])]))
            quote.acceptedAlternativeId = tree.version.favouriteAlternativeId
            try quote.update(db, columns: ["acceptedAlternativeId"])
        }
        XCTAssertTrue(try store.quote(number: "I").quote.isOrdered)
        XCTAssertEqual(try store.quote(number: "I").version.version.state, .sold)
        // A batch's page of confirmations goes through the prepared insert.
        let detail = try store.quote(number: "O")
        let archived = try store.archiveConfirmations(
            [ConfirmationArchive(quoteNumber: "O", version: detail.version.version, sale: detail.sale,
                                 documents: [documentDraft("O", rank: 1, kind: .orderConfirmation, format: .xml)])],
            now: now)
        XCTAssertEqual(archived.documents, 1)
        XCTAssertTrue(try store.verifyAuditTrail().isClean)
    }

    // MARK: Hash chains

    func testTheChainHashIsTheSHA256OfThePreviousHashAndTheRowsQuotedColumns() throws {
        XCTAssertEqual(
            try store.read { db in try String.fetchOne(db, sql: "SELECT quotedoc_sha256('abc')") },
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let version = try XCTUnwrap(try draftQuote("S").version.version.id)
        let owner = try XCTUnwrap(fixture.owner.id)
        try store.write { db in
            _ = try SaleActivity(kind: .followUp, saleId: 1, associateId: owner, date: now, text: "Call back, it's urgent").inserted(db)
            var document = Document(
                activityId: 1, quoteVersionId: version, kind: .proposal, format: .html, path: "/a/b.html", sha256: String(repeating: "ab", count: 32),
                byteSize: 1024, templateName: "proposal", templateHash: "", engineVersion: "test", created: now)
            try document.insert(db)
            _ = try SaleActivity(kind: .followUp, saleId: 1, associateId: owner, date: now).inserted(db)
        }
        let first = AuditChain.sha256Hex(AuditChain.genesis + "1,'followUp',1,NULL,\(owner),'2026-03-07 10:00:00.000','Call back, it''s urgent'")
        let second = AuditChain.sha256Hex(first + "2,'followUp',1,NULL,\(owner),'2026-03-07 10:00:00.000',''")
        let document = AuditChain.sha256Hex(
            AuditChain.genesis + "1,1,\(version),'proposal','html','/a/b.html','\(String(repeating: "ab", count: 32))',1024,'proposal','','test','2026-03-07 10:00:00.000'")
        XCTAssertEqual(try store.read { db in try String.fetchAll(db, sql: "SELECT chainHash FROM saleActivity ORDER BY id") }, [first, second])
        XCTAssertEqual(try store.read { db in try String.fetchAll(db, sql: "SELECT chainHash FROM document") }, [document])
        let report = try store.verifyAuditTrail()
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.heads, [
            AuditChainHead(table: .saleActivity, lastRowId: 2, chainHash: second), AuditChainHead(table: .document, lastRowId: 1, chainHash: document),
            AuditChainHead(table: .versionStateChange, lastRowId: nil, chainHash: nil),
        ])
    }

    /// Two sent quotes and a lost one: activities 1 to 3 with four documents, then activity 4 (lost).
    private func fillTheTrail() throws {
        for number in ["1", "2", "3"] {
            try draftQuote(number)
            try send(number)
        }
        try markLost("3")
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM saleActivity") }, 4)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") }, 6)
    }

    func testACleanDatabaseReportsNothingAndItsChainHeads() throws {
        XCTAssertEqual(try store.verifyAuditTrail(), AuditTrailReport(problems: [], heads: [
            AuditChainHead(table: .saleActivity, lastRowId: nil, chainHash: nil), AuditChainHead(table: .document, lastRowId: nil, chainHash: nil),
            AuditChainHead(table: .versionStateChange, lastRowId: nil, chainHash: nil),
        ]))
        try fillTheTrail()
        let report = try store.verifyAuditTrail()
        XCTAssertTrue(report.isClean, "\(report.problems)")
        XCTAssertEqual(report.heads.map(\.table), [.saleActivity, .document, .versionStateChange])
        XCTAssertEqual(report.heads.map(\.lastRowId), [4, 6, nil])
        let hashes = try store.read { db in try String.fetchAll(db, sql: "SELECT chainHash FROM saleActivity UNION ALL SELECT chainHash FROM document") }
        XCTAssertEqual(hashes.count, 10)
        XCTAssertEqual(Set(hashes).count, 10)
        XCTAssertTrue(hashes.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }, "\(hashes)")
        XCTAssertEqual(try store.verifyAuditTrail(noted: report.heads).problems, [])
    }

    func testARowChangedBehindDroppedTriggersIsReported() throws {
        try fillTheTrail()
        try execute("""
            DROP TRIGGER saleActivity_immutable_update;
            DROP TRIGGER document_immutable_update;
            UPDATE saleActivity SET text = 'Quote 2 was never sent' WHERE id = 2;
            UPDATE document SET sha256 = '\(String(repeating: "0", count: 64))' WHERE id = 5;
            """)
        XCTAssertEqual(try store.verifyAuditTrail().problems, [.changed(table: .saleActivity, rowId: 2), .changed(table: .document, rowId: 5)])
        // A forged hash for the changed row only moves the break to the row after it.
        try execute("""
            UPDATE saleActivity SET chainHash = quotedoc_sha256((SELECT chainHash FROM saleActivity WHERE id = 1) || \(AuditChain.canonicalTextSQL(AuditChain.saleActivityColumns)))
            WHERE id = 2
            """)
        XCTAssertEqual(try store.verifyAuditTrail().problems, [.changed(table: .saleActivity, rowId: 3), .changed(table: .document, rowId: 5)])
    }

    func testRowsDeletedAreReportedAndTheLastOnesThroughANotedHead() throws {
        try fillTheTrail()
        let heads = try store.verifyAuditTrail().heads
        try execute("""
            DROP TRIGGER document_immutable_delete;
            DROP TRIGGER saleActivity_immutable_delete;
            DELETE FROM document WHERE id IN (3, 4);
            DELETE FROM document WHERE id = 1;
            DELETE FROM saleActivity WHERE id = 4;
            """)
        XCTAssertEqual(try store.verifyAuditTrail().problems, [
            .deleted(table: .document, afterRowId: nil, beforeRowId: 2), .deleted(table: .document, afterRowId: 2, beforeRowId: 5),
        ], "the last activity's deletion does not show in the chain alone")
        let noted = try store.verifyAuditTrail(noted: heads)
        XCTAssertEqual(noted.problems, [
            .notedHeadMissing(table: .saleActivity, rowId: 4),
            .deleted(table: .document, afterRowId: nil, beforeRowId: 2), .deleted(table: .document, afterRowId: 2, beforeRowId: 5),
        ])
        XCTAssertEqual(noted.heads.map(\.lastRowId), [3, 6, nil])
    }

    func testARowInsertedWithAWrongChainIsReported() throws {
        try fillTheTrail()
        let owner = try XCTUnwrap(fixture.owner.id)
        // With the chain trigger gone: one row at the end with a made-up hash, and one before the
        // first row whose hash a forger computed properly.
        try execute("""
            DROP TRIGGER saleActivity_chain;
            INSERT INTO saleActivity (id, kind, saleId, associateId, date, text, chainHash)
            VALUES (5, 'followUp', 1, \(owner), '2026-03-08 00:00:00.000', 'forged', '\(String(repeating: "f", count: 64))');
            INSERT INTO saleActivity (id, kind, saleId, associateId, date, text) VALUES (0, 'followUp', 1, \(owner), '2026-03-06 00:00:00.000', 'backdated');
            UPDATE saleActivity SET chainHash = quotedoc_sha256('\(AuditChain.genesis)' || \(AuditChain.canonicalTextSQL(AuditChain.saleActivityColumns))) WHERE id = 0;
            """)
        XCTAssertEqual(try store.verifyAuditTrail().problems, [
            .insertedOutOfOrder(table: .saleActivity, rowId: 0), .changed(table: .saleActivity, rowId: 5),
        ])
    }

    func testRowsInsertedBetweenChainedRowsAreReportedAsInsertedOutOfOrder() {
        // A chain over ids 1, 2, 5, 6 (a gap is no problem while the chain is whole), then rows 3
        // and 4 put in the gap and chained from 2 as the trigger would.
        var links: [AuditChain.Link] = []
        var previous = AuditChain.genesis
        for id: Int64 in [1, 2, 5, 6] {
            previous = AuditChain.link(previous: previous, canonical: "row \(id)")
            links.append(AuditChain.Link(id: id, chainHash: previous, canonical: "row \(id)"))
        }
        XCTAssertEqual(QuoteDatabase.chainProblems(links, table: .document), [])
        previous = links[1].chainHash!
        for id: Int64 in [3, 4] {
            previous = AuditChain.link(previous: previous, canonical: "row \(id)")
            links.insert(AuditChain.Link(id: id, chainHash: previous, canonical: "row \(id)"), at: Int(id) - 1)
        }
        XCTAssertEqual(links.map(\.id), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(QuoteDatabase.chainProblems(links, table: .document), [
            .insertedOutOfOrder(table: .document, rowId: 3), .insertedOutOfOrder(table: .document, rowId: 4),
        ])
        // Row 5 taken out as well: 3 and 4 now continue the chain from 2, and the break before 6
        // shows as a deletion.
        links.remove(at: 4)
        XCTAssertEqual(QuoteDatabase.chainProblems(links, table: .document), [.deleted(table: .document, afterRowId: 4, beforeRowId: 6)])
    }

    // MARK: Upgrade

    func testAnUpgradedDatabaseHasItsRowsChainedAndVerifiesClean() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("v4.sqlite")
        // A database as the previous release left it: every migration up to v4, with a sent quote.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(SchemaMigrations.applicationID)") }
        try SchemaMigrations.migrator.migrate(queue, upTo: "v4-document-paths")
        try queue.write { db in
            let owner = try Associate(userName: "rking", name: "Robert King").inserted(db)
            // The company as v4's table holds it (the record writes the columns of today's).
            try db.execute(sql: "INSERT INTO company (code, name) VALUES ('ALFKI', 'Alfreds Futterkiste')")
            let company = Company(id: db.lastInsertedRowID, code: "ALFKI", name: "Alfreds Futterkiste")
            // The sale type as v4's table holds it (the record reads the columns of today's).
            let saleTypeId = try XCTUnwrap(try Int64.fetchOne(db, sql: "SELECT id FROM saleType"))
            let sale = try Sale(
                number: "1", title: "Sale 1", ownerId: owner.id!, companyId: company.id!, saleTypeId: saleTypeId, currency: .usd, status: .open,
                date: day("2026-03-07")).inserted(db)
            // The quote as v4's table holds it (the record writes the columns of today's).
            try db.execute(sql: "INSERT INTO quote (saleId, number, connectionName) VALUES (?, '1', 'Standalone')", arguments: [sale.id])
            // The version as v4's table holds it (the record writes the columns of today's), a draft
            // until its alternative is in, then sent.
            try db.execute(sql: """
                INSERT INTO quoteVersion (quoteId, rank, state, status, sentDate, roundingPolicy)
                VALUES (?, 1, 'draft', 'ok', '2026-03-07', 'perLine')
                """, arguments: [db.lastInsertedRowID])
            let versionId = db.lastInsertedRowID
            let alternative = try QuoteAlternative(versionId: versionId, name: "Standard").inserted(db)
            try db.execute(sql: "UPDATE quoteVersion SET favouriteAlternativeId = ?, state = 'sent' WHERE id = ?", arguments: [alternative.id, versionId])
            for kind in [ActivityKind.quoteSent, .followUp] {
                let activity = try SaleActivity(kind: kind, saleId: sale.id!, quoteVersionId: versionId, associateId: owner.id!, date: now, text: "it's \(kind)").inserted(db)
                for format in [DocumentFormat.html, .xml] where kind == .quoteSent {
                    var document = Document(
                        activityId: activity.id, quoteVersionId: versionId, kind: .proposal, format: format, path: "/archive/1/1-v1-proposal.\(format.rawValue)",
                        sha256: String(repeating: "ab", count: 32), byteSize: 2048, templateName: "proposal", templateHash: "", engineVersion: "v4", created: now)
                    try document.insert(db)
                }
            }
        }
        try queue.close()

        store = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM saleActivity WHERE chainHash IS NOT NULL") }, 2)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE chainHash IS NOT NULL") }, 2)
        let upgraded = try store.verifyAuditTrail()
        XCTAssertTrue(upgraded.isClean, "\(upgraded.problems)")
        XCTAssertEqual(upgraded.heads.map(\.lastRowId), [2, 2, nil])
        // The triggers carry the chain on from the rows the migration chained.
        try markLost("1")
        let after = try store.verifyAuditTrail(noted: upgraded.heads)
        XCTAssertTrue(after.isClean, "\(after.problems)")
        XCTAssertEqual(after.heads.map(\.lastRowId), [3, 2, nil])
        assertRefused("UPDATE saleActivity SET text = 'rewritten' WHERE id = 1", "sale activities never change")
    }

    func testTheStateHistoryIsAppendOnlyAndChained() throws {
        let detail = try draftQuote("H")
        let versionId = try XCTUnwrap(detail.version.version.id)
        try store.transaction { writer in
            let moves: [(VersionState?, VersionState)] = [(nil, .draft), (.draft, .needsApproval), (.needsApproval, .approved)]
            for (from, to) in moves {
                try writer.append(StateChange(quoteVersionId: versionId, from: from, to: to, associateId: fixture.owner.id!, at: now, note: "test"))
            }
        }
        let clean = try store.verifyAuditTrail()
        XCTAssertTrue(clean.isClean, "\(clean.problems)")
        XCTAssertEqual(clean.heads.last?.table, .versionStateChange)
        XCTAssertEqual(clean.heads.last?.lastRowId, 3)
        assertRefused("UPDATE versionStateChange SET note = 'forged' WHERE id = 2", "state changes never change")
        assertRefused("DELETE FROM versionStateChange WHERE id = 2", "the state history is append-only: a recorded state change is never deleted")
        // Behind dropped triggers: a state change rewritten shows.
        try execute("DROP TRIGGER versionStateChange_immutable_update")
        try execute("UPDATE versionStateChange SET toState = 'sent' WHERE id = 2")
        XCTAssertEqual(try store.verifyAuditTrail().problems, [.changed(table: .versionStateChange, rowId: 2)])
    }
}
