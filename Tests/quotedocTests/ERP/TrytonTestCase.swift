import Foundation
@testable import TrytonConnector
import QuoteModel
import XCTest

/// The base of the tests against a real Tryton: one server per test class, started before its
/// first test and stopped after its last; each test has its own quotedoc database (a copy of
/// the demo) with a connection `ERP` to that server and its own sale for Alfreds Futterkiste
/// (party `ALFKI` in the seeded Tryton).
class TrytonTestCase: LifecycleTestCase {
    nonisolated(unsafe) static var servers: [ObjectIdentifier: Result<TrytonServer, any Error>] = [:]

    override class func setUp() {
        super.setUp()
        servers[ObjectIdentifier(self)] = Result { try TrytonServer() }
    }

    override class func tearDown() {
        if case .success(let server) = servers.removeValue(forKey: ObjectIdentifier(self)) { server.shutDown() }
        super.tearDown()
    }

    /// This class's Tryton; a test fails (never skips) when it could not be started.
    var server: TrytonServer {
        get throws { try XCTUnwrap(Self.servers[ObjectIdentifier(type(of: self))], "no Tryton for \(type(of: self))").get() }
    }

    var admin: TrytonAdmin { get throws { TrytonAdmin(try server) } }

    /// Where the password of connection `ERP` is read from: the environment, as a user would
    /// keep it out of the database.
    var environment: [String: String] { ["TRYTON_PASSWORD": TrytonServer.password] }

    /// The settings of a connection to this class's Tryton.
    func settings(password: String? = nil) throws -> [String] {
        let secret = password.map { "password=\($0)" } ?? "password-env=TRYTON_PASSWORD"
        return ["--set", "url=\(try server.url)", "--set", "database=\(TrytonServer.database)", "--set", "user=\(TrytonServer.user)", "--set", secret]
    }

    /// Adds connection `ERP` (unless it exists) and sale `number` for ALFKI with a draft quote on
    /// that connection.
    func quoteOnTryton(_ number: String, connectionExists: Bool = false) throws {
        if !connectionExists { try succeed(["connection", "add", "ERP", "--connector", "tryton"] + (try settings()), environment: environment) }
        try succeed(["sale", "add", "--number", number, "--title", "Tryton test", "--company", "ALFKI", "--owner", "afuller"])
        try succeed(["quote", "new", "--sale", number, "--connection", "ERP"])
    }

    /// Runs quotedoc with the connection's password in the environment.
    @discardableResult
    func erp(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> ToolRun {
        try succeed(arguments, environment: environment, file: file, line: line)
    }

    /// The one Tryton sale of ALFKI with PO number `po`.
    func onlySale(po: String, file: StaticString = #filePath, line: UInt = #line) async throws -> (id: Int64, sale: JSONValue) {
        let sales = try await admin.sales(party: "ALFKI", reference: po)
        XCTAssertEqual(sales.count, 1, "exactly one Tryton sale for \(po): \(sales)", file: file, line: line)
        let sale = try XCTUnwrap(sales.first, file: file, line: line)
        return (try XCTUnwrap(sale["id"]?.integer, file: file, line: line), sale)
    }
}
