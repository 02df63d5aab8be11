import Foundation
import Logging
import WSClient

/// One page of a headless Chromium driven over the DevTools protocol: navigate, evaluate
/// JavaScript, wait for a condition, take a screenshot. `drive` runs `scenario` while the
/// connection is open.
struct DevToolsPage {
    /// Sends one DevTools command and returns its result.
    let call: (_ method: String, _ parameters: [String: Any]) async throws -> [String: Any]

    static func drive(_ socket: String, _ scenario: @escaping @Sendable (DevToolsPage) async throws -> Void) async throws {
        var logger = Logger(label: "devtools")
        logger.logLevel = .warning
        try await WebSocketClient.connect(url: socket, configuration: .init(maxFrameSize: 1 << 26), logger: logger) { inbound, outbound, _ in
            var messages = inbound.messages(maxSize: 1 << 26).makeAsyncIterator()
            var lastId = 0
            func call(_ method: String, _ parameters: [String: Any]) async throws -> [String: Any] {
                lastId += 1
                let id = lastId
                let command = try JSONSerialization.data(withJSONObject: ["id": id, "method": method, "params": parameters])
                try await outbound.write(.text(String(decoding: command, as: UTF8.self)))
                while let message = try await messages.next() {
                    guard case .text(let text) = message,
                          let reply = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], reply["id"] as? Int == id else { continue }
                    if let error = reply["error"] { throw ToolFailure("DevTools \(method) failed: \(error)") }
                    return reply["result"] as? [String: Any] ?? [:]
                }
                throw ToolFailure("the DevTools connection closed during \(method)")
            }
            try await scenario(DevToolsPage(call: call))
        }
    }

    func navigate(_ url: String) async throws {
        _ = try await call("Page.navigate", ["url": url])
    }

    /// The value of `expression` in the page, as text.
    func evaluate(_ expression: String) async throws -> String {
        let result = try await call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        let value = (result["result"] as? [String: Any])?["value"]
        return value.map { "\($0)" } ?? ""
    }

    /// Waits until `expression` is true in the page, at most `seconds`; the time it took.
    @discardableResult
    func wait(until expression: String, seconds: Double, _ what: String) async throws -> Double {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if try await evaluate("String(Boolean(\(expression)))") == "true" {
                return Date().timeIntervalSince(start)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ToolFailure("waited \(seconds) s for \(what): \(expression)")
    }

    /// A PNG of the page as it is shown.
    func screenshot() async throws -> Data {
        let result = try await call("Page.captureScreenshot", ["format": "png"])
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else { throw ToolFailure("no screenshot data") }
        return data
    }
}
