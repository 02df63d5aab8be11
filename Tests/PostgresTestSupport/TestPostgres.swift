import Foundation
import Logging
import NIOPosix
import PostgresNIO
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
        let location = try startServer(in: folder, port: 20_000 + Int(getpid() % 20_000), password: "test-\(UUID().uuidString.prefix(8))")
        startedFolder = folder.path
        atexit { TestPostgres.stopCluster() }
        return location
    }

    /// Starts a cluster of its own in `folder` with `Tools/postgres/start.sh` (`environment` adds
    /// its settings, such as the addresses of network namespaces to listen on); stop it with
    /// ``stopServer(in:)``.
    public static func startServer(in folder: URL, port: Int, password: String, environment: [String: String] = [:]) throws -> PostgresLocation {
        let log = folder.path + ".log"
        let status = run(
            ["/bin/bash", repository.appendingPathComponent("Tools/postgres/start.sh").path, folder.path, String(port), password], log: log,
            environment: environment)
        guard status == 0 else {
            let message = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw QuoteError(.databaseFailure, "the tests could not start PostgreSQL with Tools/postgres/start.sh (exit \(status)): \(message)")
        }
        return try PostgresLocation(url: "postgres://quotedoc:\(password)@127.0.0.1:\(port)/quotedoc")
    }

    /// Stops the cluster ``startServer(in:port:password:environment:)`` started in `folder`.
    public static func stopServer(in folder: URL) {
        _ = run(["/bin/bash", repository.appendingPathComponent("Tools/postgres/stop.sh").path, folder.path], log: folder.path + ".log")
    }

    /// Runs `arguments` with its output in `log` and returns its exit status. (posix_spawn and
    /// waitpid, not Foundation's Process: the server the script starts inherits the descriptors
    /// Process watches for its child's end, and Process would wait for the server to stop.)
    private static func run(_ arguments: [String], log: String, environment: [String: String] = [:]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in variables { free(pointer) } }
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, &variables) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    nonisolated(unsafe) private static var startedFolder: String?

    private static func stopCluster() {
        guard let folder = startedFolder else { return }
        _ = run(["/bin/bash", repository.appendingPathComponent("Tools/postgres/stop.sh").path, folder], log: folder + ".log")
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: folder + ".log")
    }
}

extension TestPostgres {
    /// A new, empty database on the test server (for a command run as a separate process, which
    /// names a database, not a schema), as a `postgres://` URL with the password.
    public static func freshDatabaseURL() throws -> String {
        let server = try location()
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try execute("CREATE DATABASE \(name)")
        return "postgres://\(server.user):\(server.password ?? "")@\(server.host):\(server.port)/\(name)"
    }

    /// Runs `sql` on the test server's main database as the test role; the server's error as a
    /// thrown error (with its message), for tests of what the database itself refuses.
    public static func execute(_ sql: String, database: String? = nil, user: String? = nil, password: String? = nil) throws {
        let server = try location()
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(),
            configuration: .init(
                host: server.host, port: server.port, username: user ?? server.user, password: user == nil ? server.password : password,
                database: database ?? server.database, tls: .disable),
            id: 1, logger: Logger(label: "quotedoc.tests")).wait()
        defer { try? connection.close().wait() }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "quotedoc.tests")).wait()
        } catch let error as PSQLError {
            throw QuoteError(.databaseFailure, error.serverInfo?[.message] ?? "\(error)")
        }
    }
}
