import Foundation
import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

final class WriteTests: XCTestCase {
    struct Interrupted: Error {}

    func testAWriteThatThrowsLeavesNothingBehind() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertThrowsError(try store.write { db in
            _ = try Company(code: "HALF", name: "Half written").inserted(db)
            _ = try Associate(userName: "half", name: "Half").inserted(db)
            throw Interrupted()
        })
        XCTAssertEqual(try store.read { db in try Company.fetchCount(db) }, 0)
        XCTAssertEqual(try store.read { db in try Associate.fetchCount(db) }, 0)
    }

    func testAFailedStatementRollsBackTheWholeWrite() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertThrowsError(try store.write { db in
            _ = try Company(code: "FIRST", name: "First").inserted(db)
            _ = try Company(code: "FIRST", name: "Again").inserted(db)
        })
        XCTAssertEqual(try store.companies(), [])
    }

    func testAddingACompanyWithAContactIsOneTransaction() throws {
        let store = try QuoteDatabase.inMemory()
        let added = try store.add(Company(code: "ALFKI", name: "Alfreds"), contact: Person(companyId: 0, firstName: "Maria", lastName: "Anders"))
        XCTAssertEqual(added.people.first?.companyId, added.company.id)
        let found = try store.company(code: "ALFKI")
        XCTAssertEqual(found.people.map(\.fullName), ["Maria Anders"])
    }

    func testDuplicateKeyIsDuplicateWithoutTheBoundValues() throws {
        let store = try QuoteDatabase.inMemory()
        try store.add(Company(code: "SECRETCODE42", name: "Very Secret Customer AB"))
        XCTAssertThrowsError(try store.add(Company(code: "SECRETCODE42", name: "Another Hidden Name Ltd"))) { error in
            guard let error = error as? QuoteError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.code, .duplicate)
            for secret in ["SECRETCODE42", "Very Secret Customer AB", "Another Hidden Name Ltd"] {
                XCTAssertFalse(error.description.contains(secret), error.description)
            }
        }
        XCTAssertEqual(try store.companies().map(\.name), ["Very Secret Customer AB"])
    }

    func testDuplicateUserNameIsDuplicate() throws {
        let store = try QuoteDatabase.inMemory()
        try store.add(Associate(userName: "afuller", name: "Andrew Fuller"))
        XCTAssertThrowsError(try store.add(Associate(userName: "afuller", name: "Someone Else"))) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
            XCTAssertFalse("\(error)".contains("Someone Else"))
        }
    }

    func testCheckConstraintIsInvalid() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertThrowsError(try store.add(Company(code: "", name: "No code"))) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .invalid)
        }
    }

    func testUnreadableStoredValueIsAnErrorNotACrash() throws {
        let store = try QuoteDatabase.inMemory()
        let fixture = try SaleFixture.insert(in: store)
        let sale = try store.add(fixture.sale(number: "1"))
        try store.write { db in try db.execute(sql: "UPDATE sale SET amount = '1,5' WHERE id = ?", arguments: [sale.id]) }
        XCTAssertThrowsError(try store.read { db in try Sale.fetchOne(db, key: sale.id!) })
        XCTAssertThrowsError(try store.sale(number: "1"))
    }
}
