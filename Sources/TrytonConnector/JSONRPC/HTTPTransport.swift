import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One HTTP POST and its answer: what the JSON-RPC client needs of HTTP. The connector uses
/// ``AsyncHTTPTransport``; tests give answers of their own (an HTTP 500, a body that is not JSON).
public protocol HTTPTransport: Sendable {
    /// Posts `body` to `url` and returns the status and body, or throws when there is no answer
    /// within `timeout` (connection refused, a server that never answers).
    func post(_ url: URL, body: Data, headers: [(String, String)], timeout: Duration) async throws -> (status: Int, body: Data)
}

/// ``HTTPTransport`` over AsyncHTTPClient.
public struct AsyncHTTPTransport: HTTPTransport {
    /// The largest answer read; a bigger one is refused rather than buffered.
    static let maximumAnswerBytes = 16 * 1024 * 1024

    /// The process's client. Unlike AsyncHTTPClient's shared one it does not retry a connection
    /// the ERP refused until the request's deadline: a person is waiting on one ERP, so "connection
    /// refused" is reported at once. Never shut down: it lives as long as the process.
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    public init() {}

    public func post(_ url: URL, body: Data, headers: [(String, String)], timeout: Duration) async throws -> (status: Int, body: Data) {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await Self.client.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
        let answer = try await response.body.collect(upTo: Self.maximumAnswerBytes)
        return (Int(response.status.code), Data(answer.readableBytesView))
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
