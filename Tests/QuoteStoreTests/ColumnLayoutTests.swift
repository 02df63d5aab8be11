import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

/// Reading records by the positions a query's columns have, whatever their order.
final class ColumnLayoutTests: XCTestCase {
    var store: QuoteDatabase!
    var chain: RecordRoundTripTests.Chain!

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        chain = try RecordRoundTripTests.insertChain(into: store)
    }

    override func tearDown() {
        store = nil
        chain = nil
    }

    func testColumnsInAnotherOrderAmongOthersReadTheSameRecord() throws {
        let reversed = QuoteVersion.Columns.allCases.reversed().map(\.rawValue).joined(separator: ", ")
        let versions: [QuoteVersion] = try store.read { db in
            try QuoteDatabase.fetchAll(db, sql: "SELECT 1 AS unrelated, \(reversed), 'x' AS ID FROM quoteVersion WHERE id = ?", arguments: [chain.version.id])
        }
        XCTAssertEqual(versions, [chain.version])
    }

    func testAMissingColumnIsAnErrorNamingIt() throws {
        XCTAssertThrowsError(try store.read { db in
            try QuoteDatabase.fetchAll(db, sql: "SELECT id, name FROM quoteLine", arguments: []) as [QuoteLine]
        }) { error in
            XCTAssertTrue("\(error)".contains("'alternativeId'"), "\(error)")
        }
    }
}
