import Foundation
import PostgresStore
import QuoteModel
import StorageInterface

/// The PostgreSQL server the tests use: the one `QUOTEDOC_TEST_POSTGRES` names (`.ci/run` starts
/// it), else a throwaway cluster this test process starts with `Tools/postgres/start.sh` on a free
/// port of 127.0.0.1 and stops when it exits. There is no skipping: without a server the tests
/// fail, saying why.
public enum TestPostgres {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The server's location, with its password.
    public static func location() throws -> PostgresLocation {
        try server.get()
    }

    private static let server: Result<PostgresLocation, any Error> = Result {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["QUOTEDOC_TEST_POSTGRES"], !url.isEmpty {
            return try PostgresLocation(url: url, environment: environment)
        }
        return try startCluster()
    }

    /// A new schema with quotedoc's tables on the test server: each caller its own database.
    public static func freshStore() throws -> PostgresQuoteStore {
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try PostgresQuoteStore.migrate(try location(), schema: schema).store
    }

    private static func startCluster() throws -> PostgresLocation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-test-postgres-\(getpid())")
        let port = 20_000 + Int(getpid() % 20_000)
        let password = "test-\(UUID().uuidString.prefix(8))"
        let start = Process()
        start.executableURL = URL(fileURLWithPath: "/bin/bash")
        start.arguments = [repository.appendingPathComponent("Tools/postgres/start.sh").path, folder.path, String(port), password]
        let errors = Pipe()
        start.standardOutput = FileHandle.nullDevice
        start.standardError = errors
        try start.run()
        start.waitUntilExit()
        guard start.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw QuoteError(.databaseFailure, "the tests could not start PostgreSQL with Tools/postgres/start.sh: \(message)")
        }
        atexit { TestPostgres.stopCluster() }
        startedFolder = folder.path
        return try PostgresLocation(url: "postgres://quotedoc:\(password)@127.0.0.1:\(port)/quotedoc")
    }

    nonisolated(unsafe) private static var startedFolder: String?

    private static func stopCluster() {
        guard let folder = startedFolder else { return }
        let stop = Process()
        stop.executableURL = URL(fileURLWithPath: "/bin/bash")
        stop.arguments = [repository.appendingPathComponent("Tools/postgres/stop.sh").path, folder]
        try? stop.run()
        stop.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
