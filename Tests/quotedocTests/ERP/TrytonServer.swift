import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real Tryton ERP for the integration tests, run by the project's scripts in Tools/tryton:
/// installed into a virtual environment and seeded once per machine (`.ci/run` does both before
/// the tests; on a developer's machine the first test does, in about a minute), then started on
/// a free loopback port on a fresh copy of the seeded database, and stopped by its pid. Nothing here skips: without a
/// Tryton the tests fail, naming the script that failed.
final class TrytonServer: @unchecked Sendable {
    static let database = "quotedoc_erp"
    static let user = "admin"
    static let password = "admin-secret-8"
    static let tools = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tools/tryton")

    let folder: URL
    let port: Int
    private(set) var pid: Int32 = 0

    var url: String { "http://127.0.0.1:\(port)" }
    var databaseFile: URL { folder.appendingPathComponent(Self.database + ".sqlite") }
    var log: URL { folder.appendingPathComponent("trytond.log") }

    /// A Tryton on a fresh copy of the seeded database (seed.sh seeds once per machine and
    /// copies after that).
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-tryton-\(UUID().uuidString)")
        try Self.script("seed.sh", [folder.path])
        port = try Self.freePort()
        try start()
    }

    /// Starts trytond (again) on the same database and port; does nothing while it runs.
    func start() throws {
        guard pid == 0 else { return }
        let output = try Self.script("start.sh", [databaseFile.path, String(port), log.path])
        guard let pid = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ScriptFailure(message: "start.sh printed no pid: \(output)")
        }
        self.pid = pid
    }

    /// Stops trytond by its pid.
    func stop() {
        guard pid > 0 else { return }
        _ = try? Self.script("stop.sh", [String(pid)])
        pid = 0
    }

    /// Stops the server and removes its folder.
    func shutDown() {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { shutDown() }

    struct ScriptFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Runs Tools/tryton/`name` and returns its standard output; a failure carries its output.
    /// Spawned and reaped directly (posix_spawn, waitpid) with its output in files: Foundation's
    /// Process waits on the trytond that start.sh leaves running in the background.
    @discardableResult
    static func script(_ name: String, _ arguments: [String]) throws -> String {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("tryton-\(name)-\(UUID().uuidString)")
        let (stdout, stderr) = (outputs.path + ".out", outputs.path + ".err")
        defer { for path in [stdout, stderr] { try? FileManager.default.removeItem(atPath: path) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ["/bin/bash", tools.appendingPathComponent(name).path] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw ScriptFailure(message: "cannot run Tools/tryton/\(name): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let log = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            throw ScriptFailure(message: "Tools/tryton/\(name) \(arguments.joined(separator: " ")) failed (wait status \(status)):\n\(text)\(log)")
        }
        return text
    }

    /// A loopback port free at the moment of asking.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && getsockname(descriptor, raw, &length) == 0
            }
        }
        guard bound else { throw ScriptFailure(message: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
