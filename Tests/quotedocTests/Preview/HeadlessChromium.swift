import Foundation

/// A headless Chromium (Debian's `chromium`, installed by `.ci/run`) with its DevTools port
/// open, for the browser tests; stopped by its pid. Nothing here skips: without Chromium the
/// tests fail saying so.
final class HeadlessChromium {
    let process: Process
    let profile: URL
    /// The DevTools WebSocket of the browser's first page.
    let pageSocket: String

    init() throws {
        guard let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ToolFailure("no chromium at /usr/bin/chromium: .ci/run installs it (apt-get install chromium)")
        }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--remote-allow-origins=*", "--user-data-dir=\(profile.path)", "--window-size=1280,900",
            "about:blank",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Chromium writes the port it chose into the profile.
        let portFile = profile.appendingPathComponent("DevToolsActivePort")
        var port: Int?
        for _ in 0..<300 where port == nil {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let first = text.split(separator: "\n").first { port = Int(first) }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            process.terminate()
            throw ToolFailure("chromium wrote no DevToolsActivePort within 15 s")
        }
        var socket: String?
        for _ in 0..<100 where socket == nil {
            socket = Self.pageSocket(port: port)
            if socket == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        guard let socket else {
            process.terminate()
            throw ToolFailure("chromium on port \(port) lists no page")
        }
        pageSocket = socket
    }

    /// The `webSocketDebuggerUrl` of the first page `/json/list` names.
    static func pageSocket(port: Int) -> String? {
        guard let data = fetch(URL(string: "http://127.0.0.1:\(port)/json/list")!),
              let targets = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return nil }
        return targets.first { $0["type"] as? String == "page" }?["webSocketDebuggerUrl"] as? String
    }

    /// The body of `url`, by curl: Foundation's URLSession fails on the DevTools server's
    /// replies ("Failed writing header").
    static func fetch(_ url: URL) -> Data? {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["--silent", "--max-time", "5", url.absoluteString]
        let pipe = Pipe()
        curl.standardOutput = pipe
        curl.standardError = FileHandle.nullDevice
        guard (try? curl.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return curl.terminationStatus == 0 ? data : nil
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: profile)
    }
}
