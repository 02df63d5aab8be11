import AsyncHTTPClient
import Foundation
import QuoteModel

/// A logged-in conversation with one Tryton database over JSON-RPC: logs in on the first call
/// (and again once when the session has expired), numbers the requests, and turns every failure
/// into a ``QuoteError`` that names the ERP and never the password.
actor TrytonSession {
    let endpoint: URL
    let server: String
    let user: String
    private let password: String
    let timeout: Duration
    private let transport: any HTTPTransport
    private var authorization: String?
    private var userContext: JSONValue?
    private var nextId = 0

    init(server: URL, database: String, user: String, password: String, timeout: Duration, transport: any HTTPTransport) {
        self.endpoint = server.appendingPathComponent(database, isDirectory: true).appendingPathComponent("rpc", isDirectory: true)
        self.server = server.absoluteString
        self.user = user
        self.password = password
        self.timeout = timeout
        self.transport = transport
    }

    /// Calls `method` with `params` as the logged-in user and returns its result.
    func call(_ method: String, _ params: [JSONValue]) async throws -> JSONValue {
        if authorization == nil { try await login() }
        do {
            return try await send(method, params)
        } catch SessionExpired.expired {
            try await login()
            return try await send(method, params)
        }
    }

    /// The user's context (company, language…) that every model call carries.
    func context() async throws -> JSONValue {
        if let userContext { return userContext }
        let preferences = try await call("model.res.user.get_preferences", [.bool(true), .object([:])])
        guard case .object = preferences else {
            throw QuoteError(.erpUnavailable, "Tryton at \(server) gave no preferences for user '\(user)'", value: server)
        }
        userContext = preferences
        return preferences
    }

    /// Logs in with the user and password; a refusal names the user, not the password.
    func login() async throws {
        authorization = nil
        let result = try await send("common.db.login", [.string(user), .object(["password": .string(password)]), .string("en")], loggingIn: true)
        // [user id, session key, bus URL]
        guard let pair = result.array, pair.count >= 2, let userId = pair[0].integer, let session = pair[1].string else {
            throw refusedLogin()
        }
        authorization = "Session " + Data("\(user):\(userId):\(session)".utf8).base64EncodedString()
    }

    private func refusedLogin() -> QuoteError {
        QuoteError(.erpRefused, "Tryton at \(server) refused the login of user '\(user)': wrong user name or password")
    }

    private enum SessionExpired: Error { case expired }

    private func send(_ method: String, _ params: [JSONValue], loggingIn: Bool = false) async throws -> JSONValue {
        nextId += 1
        let request = JSONValue.object(["id": .integer(Int64(nextId)), "method": .string(method), "params": .array(params)])
        // Without X-Requested-With, a 401 carries a Basic-auth challenge meant for browsers.
        var headers = [("X-Requested-With", "XMLHttpRequest")]
        if !loggingIn { headers.append(("Authorization", authorization ?? "")) }
        let answer: (status: Int, body: Data)
        do {
            answer = try await transport.post(endpoint, body: request.serialized, headers: headers, timeout: timeout)
        } catch {
            throw QuoteError(.erpUnavailable, "Tryton at \(server) could not be reached: \(Self.reason(error, timeout: timeout))", value: server)
        }
        switch answer.status {
        case 200:
            break
        case 401:
            // A wrong password when logging in; a session expired or unknown otherwise.
            if loggingIn { throw refusedLogin() }
            throw SessionExpired.expired
        case 429:
            throw QuoteError(.erpRefused, "Tryton at \(server) refuses logins of user '\(user)' for a while after too many wrong passwords (HTTP 429); wait five minutes", value: server)
        case 404 where loggingIn:
            throw QuoteError(.erpRefused, "Tryton at \(server) has no database '\(endpoint.deletingLastPathComponent().lastPathComponent)'", value: server)
        case 403:
            throw QuoteError(.erpRefused, "Tryton at \(server) does not allow \(method) (HTTP 403)", value: server)
        default:
            throw QuoteError(.erpUnavailable, "Tryton at \(server) answered \(method) with HTTP \(answer.status)", value: server)
        }
        guard let body = JSONValue.parse(answer.body), body["id"] != nil || body["result"] != nil || body["error"] != nil else {
            let start = String(decoding: answer.body.prefix(80), as: UTF8.self)
            throw QuoteError(.erpUnavailable, "Tryton at \(server) answered \(method) with something that is not JSON-RPC: \(start.debugDescription)", value: server)
        }
        if let error = body["error"], !error.isEmpty {
            throw Self.refusal(error, method: method, server: server)
        }
        return body["result"] ?? .null
    }

    /// Tryton's error `[name, [message, …]]` as an ``QuoteError/Code/erpRefused``.
    static func refusal(_ error: JSONValue, method: String, server: String) -> QuoteError {
        let parts = error.array ?? []
        let name = parts.first?.string ?? "error"
        var message = parts.dropFirst().first.flatMap { $0.string ?? $0.array?.first?.string } ?? ""
        if message.isEmpty { message = error.string ?? name }
        return QuoteError(.erpRefused, "Tryton at \(server) refused \(method) (\(name)): \(message)", value: name)
    }

    /// Why a request got no answer, in a user's words.
    static func reason(_ error: any Error, timeout: Duration) -> String {
        if let error = error as? HTTPClientError, [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            return "no answer within \(timeout)"
        }
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused (is the ERP running?)" }
        return text
    }
}
