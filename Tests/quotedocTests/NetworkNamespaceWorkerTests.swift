import Foundation
import PostgresTestSupport
import XCTest

/// Batch workers as separate hosts: each in a network namespace of its own (`ip netns`, a veth
/// pair), reaching a PostgreSQL server of the test's over its own address. One host is cut off
/// (its link down) while it holds a page; the others take the page when its lease runs out and
/// the run completes with every confirmation archived exactly once. Needs root (CI runs as root).
final class NetworkNamespaceWorkerTests: LifecycleTestCase {
    private let suffix = String(UUID().uuidString.lowercased().prefix(4))
    private var namespaces: [String] { (1...3).map { "qd\(suffix)w\($0)" } }
    private var serverFolder: URL!

    /// Runs `ip arguments`, failing the test when it fails.
    @discardableResult
    private func ip(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> ToolRun {
        let run = try ToolRun.run(executable: URL(fileURLWithPath: "/usr/sbin/ip"), arguments, environment: [:])
        XCTAssertEqual(run.status, 0, "ip \(arguments.joined(separator: " ")): \(run.stderr)", file: file, line: line)
        return run
    }

    override func tearDownWithError() throws {
        for namespace in namespaces { _ = try? ToolRun.run(executable: URL(fileURLWithPath: "/usr/sbin/ip"), ["netns", "del", namespace], environment: [:]) }
        if let serverFolder { TestPostgres.stopServer(in: serverFolder) }
        try super.tearDownWithError()
    }

    func testAHostCutOffMidPageLosesItsPageAndTheRunCompletesWithEveryConfirmationOnce() throws {
        XCTAssertEqual(getuid(), 0, "network namespaces need root: run as root (CI does)")
        // Three hosts: namespace i reaches the server at 198.18.i.1 from 198.18.i.2.
        for (index, namespace) in namespaces.enumerated() {
            let number = index + 1
            try ip(["netns", "add", namespace])
            try ip(["link", "add", "qd\(suffix)h\(number)", "type", "veth", "peer", "name", "qd\(suffix)n\(number)"])
            try ip(["link", "set", "qd\(suffix)n\(number)", "netns", namespace])
            try ip(["addr", "add", "198.18.\(number).1/30", "dev", "qd\(suffix)h\(number)"])
            try ip(["link", "set", "qd\(suffix)h\(number)", "up"])
            try ip(["netns", "exec", namespace, "ip", "addr", "add", "198.18.\(number).2/30", "dev", "qd\(suffix)n\(number)"])
            try ip(["netns", "exec", namespace, "ip", "link", "set", "qd\(suffix)n\(number)", "up"])
            try ip(["netns", "exec", namespace, "ip", "link", "set", "lo", "up"])
        }
        // The server listens on loopback and on each host's link.
        serverFolder = folder.appendingPathComponent("postgres")
        let port = 30_000 + Int(getpid() % 20_000)
        _ = try TestPostgres.startServer(
            in: serverFolder, port: port, password: "netns-pw",
            environment: ["QUOTEDOC_PG_LISTEN_EXTRA": "198.18.1.1,198.18.2.1,198.18.3.1", "QUOTEDOC_PG_CLIENTS": "198.18.0.0/16"])
        let local = "postgres://quotedoc:netns-pw@127.0.0.1:\(port)/quotedoc"
        let setUp = try ToolRun.run(executable: Self.executable, ["init", "--demo", "--database", local], environment: [:])
        XCTAssertEqual(setUp.status, 0, setUp.stderr)

        let workers = try namespaces.enumerated().map { index, namespace in
            try ToolRun.start(executable: URL(fileURLWithPath: "/usr/sbin/ip"), [
                "netns", "exec", namespace, Self.executable.path, "batch", "confirmations", "--worker", "--lease", "3", "--jobs", "1",
                "--templates", Self.templatesFolder.path, "--out", outputFolder.path, "--json",
                "--database", "postgres://quotedoc:netns-pw@198.18.\(index + 1).1:\(port)/quotedoc",
            ], environment: [:])
        }
        // Host 1 is cut off while it holds a page (`ip netns exec` execs the worker: its pid is the worker's).
        let cutOffPid = workers[0].process.processIdentifier
        var cutOff = false
        let deadline = Date().addingTimeInterval(60)
        while !cutOff, Date() < deadline {
            let status = try ToolRun.run(executable: Self.executable, ["batch", "status", "--json", "--database", local], environment: [:])
            let object = status.status == 0 ? try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any] : nil
            let holding = (object?["workers"] as? [[String: Any]] ?? []).contains { worker in
                ((worker["worker"] as? [String: Any])?["name"] as? String)?.hasSuffix("-\(cutOffPid)") == true && worker["holding"] is Int
            }
            if holding {
                try ip(["link", "set", "qd\(suffix)h1", "down"])
                cutOff = true
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        XCTAssertTrue(cutOff, "host 1 held a page")

        // The two hosts still connected finish the run, host 1's page included.
        for worker in workers.dropFirst() {
            let run = worker.wait()
            XCTAssertEqual(run.status, 0, run.stderr)
        }
        let status = try ToolRun.run(executable: Self.executable, ["batch", "status", "--database", local], environment: [:]).stdout
        XCTAssertTrue(status.contains("complete, 4 of 4 pages done (809 quotes)"), status)
        XCTAssertTrue(status.contains("pages were taken over"), status)
        let files = try FileManager.default.subpathsOfDirectory(atPath: outputFolder.path)
        XCTAssertEqual(files.filter { $0.hasSuffix("-order-confirmation.html") }.count, 809)
        XCTAssertEqual(files.filter { $0.hasSuffix("-order-confirmation.xml") }.count, 809)
        let activities = try ToolRun.run(executable: Self.executable, ["activities", "--json", "--database", local], environment: [:]).stdout
        XCTAssertEqual(activities.components(separatedBy: "\"confirmationIssued\"").count - 1, 809)
        XCTAssertEqual(activities.components(separatedBy: "-order-confirmation.").count - 1, 809 * 2, "one archive row per file")

        // Host 1 comes back: its late page is refused as lost, and nothing is archived twice.
        try ip(["link", "set", "qd\(suffix)h1", "up"])
        let late = workers[0]
        let waitUntil = Date().addingTimeInterval(45)
        while late.process.isRunning, Date() < waitUntil { Thread.sleep(forTimeInterval: 0.2) }
        if late.process.isRunning { late.process.interrupt() }
        let lateRun = late.wait()
        if lateRun.status == 0 { XCTAssertTrue(lateRun.stdout.contains("\"lost\" : 1"), lateRun.stdout) }
        let after = try ToolRun.run(executable: Self.executable, ["activities", "--json", "--database", local], environment: [:]).stdout
        XCTAssertEqual(after.components(separatedBy: "-order-confirmation.").count - 1, 809 * 2, "still one archive row per file")
        let verify = try ToolRun.run(executable: Self.executable, ["document", "verify", "--database", local], environment: [:])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
    }
}
