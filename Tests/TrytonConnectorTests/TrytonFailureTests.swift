import Foundation
import QuoteConnectors
import QuoteModel
import TrytonConnector
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// When Tryton is down, slow, broken or refuses, the connector fails at once with a clear
/// ``QuoteError`` naming the ERP, never the password; no real timeout is waited on.
final class TrytonFailureTests: XCTestCase {
    /// Answers every request with the next of `answers`.
    final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [(Int, String)]
        private(set) var requests: [String] = []

        init(_ answers: [(Int, String)]) { self.answers = answers }

        func post(_ url: URL, body: Data, headers: [(String, String)], timeout: Duration) async throws -> (status: Int, body: Data) {
            try lock.withLock {
                requests.append(String(decoding: body, as: UTF8.self))
                guard !answers.isEmpty else { throw URLError(.badServerResponse) }
                let (status, text) = answers.removeFirst()
                return (status, Data(text.utf8))
            }
        }
    }

    static let password = "pa55-word-never-shown"
    static let loggedIn = (200, #"{"id": 1, "result": [1, "session-key", null]}"#)

    func connector(url: String = "http://127.0.0.1:9", timeout: String = "0.3", transport: (any HTTPTransport)? = nil) throws -> TrytonConnector {
        let settings = try ConnectionSettings(
            ["url": url, "database": "erp", "user": "admin", "password": Self.password, "timeout": timeout], for: TrytonConnector.descriptor)
        if let transport { return try TrytonConnector(settings: settings, context: ConnectorContext(), transport: transport) }
        return try TrytonConnector(settings: settings, context: ConnectorContext())
    }

    func refusal(_ body: () async throws -> Void) async -> QuoteError? {
        do {
            try await body()
            XCTFail("no error")
            return nil
        } catch let error as QuoteError {
            XCTAssertFalse(error.message.contains(Self.password), error.message)
            return error
        } catch {
            XCTFail("not a QuoteError: \(error)")
            return nil
        }
    }

    func testConnectionRefusedIsUnavailableAtOnce() async throws {
        let started = ContinuousClock.now
        let error = await refusal { _ = try await connector(url: "http://127.0.0.1:\(try Self.closedPort())").test() }
        XCTAssertEqual(error?.code, .erpUnavailable)
        XCTAssertTrue(error?.message.contains("could not be reached") == true, error?.message ?? "")
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
    }

    func testAServerThatNeverAnswersTimesOut() async throws {
        let (port, socket) = try Self.silentServer()
        defer { close(socket) }
        let error = await refusal { _ = try await connector(url: "http://127.0.0.1:\(port)", timeout: "0.3").test() }
        XCTAssertEqual(error?.code, .erpUnavailable)
        XCTAssertTrue(error?.message.contains("no answer within") == true, error?.message ?? "")
    }

    func testWrongPasswordIsRefusedNamingTheUser() async throws {
        let transport = ScriptedTransport([(401, "<html>Unauthorized</html>")])
        let error = await refusal { _ = try await connector(transport: transport).test() }
        XCTAssertEqual(error?.code, .erpRefused)
        XCTAssertTrue(error?.message.contains("user 'admin'") == true, error?.message ?? "")
        XCTAssertTrue(transport.requests[0].contains("common.db.login"))
    }

    func testTooManyWrongPasswordsIsARefusalSayingToWait() async throws {
        let error = await refusal { _ = try await connector(transport: ScriptedTransport([(429, "<html>Too Many Requests</html>")])).test() }
        XCTAssertEqual(error?.code, .erpRefused)
        XCTAssertTrue(error?.message.contains("wait five minutes") == true, error?.message ?? "")
    }

    func testHTTP500IsUnavailable() async throws {
        let error = await refusal { _ = try await connector(transport: ScriptedTransport([Self.loggedIn, (500, "Internal Server Error")])).test() }
        XCTAssertEqual(error?.code, .erpUnavailable)
        XCTAssertTrue(error?.message.contains("HTTP 500") == true, error?.message ?? "")
    }

    func testMalformedJSONIsUnavailableQuotingTheStart() async throws {
        let error = await refusal { _ = try await connector(transport: ScriptedTransport([Self.loggedIn, (200, "<html>proxy error")])).test() }
        XCTAssertEqual(error?.code, .erpUnavailable)
        XCTAssertTrue(error?.message.contains("not JSON-RPC") == true, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("<html>proxy error") == true, error?.message ?? "")
    }

    func testTrytonErrorIsARefusalWithItsMessage() async throws {
        let transport = ScriptedTransport([Self.loggedIn, (200, #"{"id": 2, "error": ["UserError", ["The record is locked.", ""]]}"#)])
        let error = await refusal { _ = try await connector(transport: transport).test() }
        XCTAssertEqual(error?.code, .erpRefused)
        XCTAssertTrue(error?.message.contains("The record is locked.") == true, error?.message ?? "")
    }

    func testExpiredSessionLogsInOnceMore() async throws {
        let preferences = #"{"id": 3, "result": {"company": 1, "language": "en"}}"#
        let transport = ScriptedTransport([
            Self.loggedIn, (401, ""), (200, #"{"id": 2, "result": [1, "fresh", null]}"#), (200, preferences),
            (200, #"{"id": 4, "result": [{"id": 1, "rec_name": "Northwind"}]}"#),
        ])
        let report = try await connector(transport: transport).test()
        XCTAssertTrue(report.contains("Northwind"), report)
        XCTAssertEqual(transport.requests.filter { $0.contains("common.db.login") }.count, 2)
    }

    func testAnAddressThatIsNotHTTPIsRefused() {
        XCTAssertThrowsError(try connector(url: "ftp://erp")) { error in
            XCTAssertTrue("\(error)".contains("http:// or https://"), "\(error)")
        }
    }

    // MARK: Sockets

    /// A loopback port nothing listens on.
    static func closedPort() throws -> Int {
        let (port, socket) = try bound()
        close(socket)
        return port
    }

    /// A loopback port that accepts connections and never answers.
    static func silentServer() throws -> (port: Int, socket: Int32) {
        let (port, socket) = try bound()
        guard listen(socket, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        return (port, socket)
    }

    private static func bound() throws -> (Int, Int32) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && getsockname(descriptor, raw, &length) == 0
            }
        }
        guard result else { throw POSIXError(.EADDRNOTAVAIL) }
        return (Int(UInt16(bigEndian: address.sin_port)), descriptor)
    }
}
