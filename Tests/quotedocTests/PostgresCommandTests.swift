import Foundation
import PostgresTestSupport
import QuoteModel
import XCTest

/// The built `quotedoc` on a PostgreSQL database (each test a new database on the tests' server):
/// the same documents as on SQLite, one winner among concurrent sends, the rules kept by the server
/// itself, and the password never shown.
final class PostgresCommandTests: LifecycleTestCase {
    /// Runs `quotedoc arguments` on the database at `url`.
    @discardableResult
    private func quotedoc(_ arguments: [String], url: String) throws -> ToolRun {
        try ToolRun.run(executable: Self.executable, arguments + ["--database", url], environment: [:])
    }

    @discardableResult
    private func succeed(_ arguments: [String], url: String?, file: StaticString = #filePath, line: UInt = #line) throws -> ToolRun {
        let run = try url.map { try quotedoc(arguments, url: $0) } ?? ToolRun.run(executable: Self.executable, arguments, environment: [:])
        XCTAssertEqual(run.status, 0, "quotedoc \(arguments.joined(separator: " ")) failed: \(run.stderr)", file: file, line: line)
        return run
    }

    /// Every file under `folder`, by path relative to it, with its bytes.
    private func files(under folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return found
    }

    func testTheDemoOnPostgreSQLWritesTheSameBytesAsTheDemoOnSQLite() throws {
        let url = try TestPostgres.freshDatabaseURL()
        let sqliteOutput = folder.appendingPathComponent("sqlite-output")
        let postgresOutput = folder.appendingPathComponent("postgres-output")
        let onSQLite = try succeed(["demo", "--templates", Self.templatesFolder.path, "--out", sqliteOutput.path], url: folder.appendingPathComponent("new.sqlite").path)
        let onPostgres = try succeed(["demo", "--templates", Self.templatesFolder.path, "--out", postgresOutput.path], url: url)

        // The report is the same but for the database's name, the output folder and the time of sending.
        let report = { (run: ToolRun, output: URL) in
            run.stdout.replacingOccurrences(of: output.path, with: "OUTPUT")
                .replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIME", options: .regularExpression)
                .split(separator: "\n").filter { !$0.hasPrefix("Created database") && !$0.contains("--database") }
        }
        XCTAssertEqual(report(onPostgres, postgresOutput), report(onSQLite, sqliteOutput))
        let sqliteFiles = try files(under: sqliteOutput)
        let postgresFiles = try files(under: postgresOutput)
        XCTAssertFalse(sqliteFiles.isEmpty, "the demo sends a proposal")
        XCTAssertEqual(Set(postgresFiles.keys), Set(sqliteFiles.keys))
        for (path, bytes) in sqliteFiles { XCTAssertEqual(postgresFiles[path], bytes, "\(path) differs") }

        // The same listing, the same history, and a clean audit trail on the server.
        XCTAssertEqual(try succeed(["quote", "list"], url: url).stdout, try succeed(["quote", "list"], url: folder.appendingPathComponent("new.sqlite").path).stdout)
        XCTAssertEqual(try succeed(["quote", "show", "10248", "--json"], url: url).stdout,
                       try succeed(["quote", "show", "10248", "--json"], url: folder.appendingPathComponent("new.sqlite").path).stdout)
        try succeed(["document", "verify"], url: url)
        let second = try succeed(["demo", "--templates", Self.templatesFolder.path, "--out", postgresOutput.path], url: url)
        XCTAssertTrue(second.stdout.contains("Using the existing database"), second.stdout)
    }

    func testEightConcurrentSendsOfOneVersionRecordExactlyOneActivity() throws {
        let url = try TestPostgres.freshDatabaseURL()
        try succeed(["init", "--demo"], url: url)
        let options = ["--templates", Self.templatesFolder.path, "--out", outputFolder.path]
        let started = try (0..<8).map { _ in try ToolRun.start(executable: Self.executable, ["send", "11077"] + options + ["--database", url], environment: [:]) }
        let runs = started.map { $0.wait() }
        XCTAssertEqual(runs.filter { $0.status == 0 }.count, 1, "exactly one send succeeds: \(runs.map(\.stderr))")
        for loser in runs where loser.status != 0 {
            XCTAssertEqual(loser.status, 1)
            XCTAssertTrue(loser.stderr.contains("cannot be sent again"), "a clear reason: \(loser.stderr)")
        }
        let activities = try succeed(["activities", "--quote", "11077", "--json"], url: url).stdout
        XCTAssertEqual(activities.components(separatedBy: "\"quoteSent\"").count - 1, 1, activities)
        try succeed(["document", "verify"], url: url)
    }

    func testTheServerRefusesChangingOrDeletingTheAuditTrailDirectly() throws {
        let url = try TestPostgres.freshDatabaseURL()
        try succeed(["init", "--demo"], url: url)
        try succeed(["send", "11077", "--templates", Self.templatesFolder.path, "--out", outputFolder.path], url: url)
        let database = String(url.split(separator: "/").last!)
        for (statement, refusal) in [
            ("DELETE FROM saleActivity", "sale activities are never deleted"),
            ("UPDATE saleActivity SET text = 'edited'", "sale activities never change"),
            ("TRUNCATE saleActivity CASCADE", "sale activities are never deleted"),
            ("DELETE FROM document", "archived documents are never deleted"),
            ("UPDATE versionStateChange SET note = 'edited'", "state changes never change"),
            ("UPDATE quoteLine SET quantity = 99 WHERE alternativeId IN (SELECT a.id FROM quoteAlternative a JOIN quoteVersion v ON v.id = a.versionId WHERE v.state = 'sent')", "quote version is frozen"),
            ("UPDATE quoteVersion SET state = 'draft' WHERE state = 'sold'", "quote version is final"),
        ] {
            XCTAssertThrowsError(try TestPostgres.execute(statement, database: database), statement) { error in
                XCTAssertTrue("\(error)".contains(refusal), "\(statement): \(error)")
            }
        }
        try succeed(["document", "verify"], url: url)
    }

    func testAWrongPasswordIsAClearErrorThatNeverShowsThePassword() throws {
        let url = try TestPostgres.freshDatabaseURL()
        let secret = "Wr0ng-Secret-\(UUID().uuidString.prefix(6))"
        let wrong = url.replacingOccurrences(of: #"://([^:]+):[^@]*@"#, with: "://$1:\(secret)@", options: .regularExpression)
        for arguments in [["quote", "list"], ["quote", "list", "--json"], ["db", "status"], ["demo"]] {
            let run = try quotedoc(arguments, url: wrong)
            XCTAssertEqual(run.status, 1, "\(arguments): \(run.stdout)\(run.stderr)")
            XCTAssertTrue(run.stderr.contains("refused user quotedoc"), "\(arguments): \(run.stderr)")
            XCTAssertFalse((run.stdout + run.stderr).contains(secret), "\(arguments) shows the password: \(run.stdout)\(run.stderr)")
        }
        // The right password shows as •••• wherever the location is named.
        let status = try succeed(["db", "migrate"], url: url)
        let password = try XCTUnwrap(url.split(separator: ":")[2].split(separator: "@").first)
        XCTAssertFalse(status.stdout.contains(password), status.stdout)
        XCTAssertTrue(status.stdout.contains("••••"), status.stdout)
    }

    func testDbMigrateCreatesTheSchemaOnceAndDbStatusSaysSo() throws {
        let url = try TestPostgres.freshDatabaseURL()
        let before = try succeed(["db", "status", "--json"], url: url).stdout
        XCTAssertTrue(before.contains("\"upToDate\" : false"), before)
        let refused = try quotedoc(["quote", "list"], url: url)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("run quotedoc db migrate"), refused.stderr)
        XCTAssertTrue(try succeed(["db", "migrate"], url: url).stdout.contains("pg1-quote-model"))
        XCTAssertTrue(try succeed(["db", "migrate"], url: url).stdout.contains("up to date"))
        let after = try succeed(["db", "status"], url: url).stdout
        XCTAssertTrue(after.contains("PostgreSQL") && after.contains("pg1-quote-model"), after)
        XCTAssertEqual(try succeed(["quote", "list"], url: url).status, 0)
    }

    func testTheApplicationRoleMayQuoteButNeverChangeTheAuditTrail() throws {
        let url = try TestPostgres.freshDatabaseURL()
        let database = String(url.split(separator: "/").last!)
        try succeed(["init", "--demo"], url: url)
        let application = "app_" + database.dropFirst(2).prefix(12)
        try TestPostgres.execute("CREATE ROLE \(application) LOGIN PASSWORD 'app-secret'")
        let printed = try succeed(["db", "roles", "--app", application], url: url).stdout
        XCTAssertTrue(printed.contains("REVOKE UPDATE, DELETE, TRUNCATE ON public.saleactivity, public.document, public.versionstatechange, public.synclog FROM \(application);"), printed)
        try succeed(["db", "roles", "--app", application, "--apply"], url: url)

        let asApplication = url.replacingOccurrences(of: #"://[^@]*@"#, with: "://\(application):app-secret@", options: .regularExpression)
        try succeed(["send", "11077", "--templates", Self.templatesFolder.path, "--out", outputFolder.path], url: asApplication)
        XCTAssertTrue(try succeed(["activities", "--quote", "11077"], url: asApplication).stdout.contains("11077"))
        for statement in ["DELETE FROM saleActivity", "UPDATE document SET path = 'elsewhere'", "TRUNCATE syncLog", "DROP TRIGGER saleActivity_immutable_delete ON saleActivity",
                          "INSERT INTO quotedoc_migrations (identifier) VALUES ('forged')"] {
            XCTAssertThrowsError(try TestPostgres.execute(statement, database: database, user: application, password: "app-secret"), statement) { error in
                XCTAssertTrue("\(error)".contains("permission denied") || "\(error)".contains("must be owner"), "\(statement): \(error)")
            }
        }
        try succeed(["document", "verify"], url: asApplication)
    }

    func testDbCopyMovesTheDemoToPostgreSQLAndBackWithTheSameAuditChains() throws {
        let url = try TestPostgres.freshDatabaseURL()
        try succeed(["send", "11077", "--templates", Self.templatesFolder.path, "--out", outputFolder.path], url: databasePath)
        let heads = { (run: ToolRun) in run.stdout.split(separator: "\n").first { $0.hasPrefix("Chain heads") } }
        let sourceVerify = try succeed(["document", "verify"], url: databasePath)

        let copied = try succeed(["db", "copy", "--from", databasePath, "--to", url], url: nil)
        XCTAssertTrue(copied.stdout.contains("Copied "), copied.stdout)
        let serverVerify = try succeed(["document", "verify"], url: url)
        XCTAssertNotNil(heads(serverVerify))
        XCTAssertEqual(heads(serverVerify), heads(sourceVerify), "the same chains end in the same hashes")

        let back = folder.appendingPathComponent("back.sqlite").path
        try succeed(["db", "copy", "--from", url, "--to", back], url: nil)
        XCTAssertEqual(heads(try succeed(["document", "verify"], url: back)), heads(sourceVerify))
        for arguments in [["quote", "show", "11077", "--json"], ["activities", "--json"], ["sale", "list"], ["product", "list", "--json"], ["quote", "history", "11077"]] {
            let original = try succeed(arguments, url: databasePath).stdout
            XCTAssertEqual(try succeed(arguments, url: url).stdout, original, "\(arguments) on the server")
            XCTAssertEqual(try succeed(arguments, url: back).stdout, original, "\(arguments) after the round trip")
        }
        // New rows continue after the copied ids on the server.
        try succeed(["send", "11040", "--templates", Self.templatesFolder.path, "--out", outputFolder.path], url: url)
        try succeed(["document", "verify"], url: url)

        let again = try ToolRun.run(executable: Self.executable, ["db", "copy", "--from", databasePath, "--to", url], environment: [:])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("holds quotedoc data already"), again.stderr)
        let refused = try ToolRun.run(executable: Self.executable, ["db", "copy", "--from", url, "--to", back], environment: [:])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("exists already"), refused.stderr)
    }

    func testThreeWorkersShareARunAndOneKilledMidPageLosesItsPageToAnother() throws {
        let url = try TestPostgres.freshDatabaseURL()
        try succeed(["init", "--demo"], url: url)
        let options = ["batch", "confirmations", "--worker", "--lease", "3", "--jobs", "1", "--templates", Self.templatesFolder.path, "--out", outputFolder.path, "--json", "--database", url]
        let workers = try (0..<3).map { _ in try ToolRun.start(executable: Self.executable, options, environment: [:]) }

        // Kill the first worker seen holding a page, mid-page.
        var killed: Int32?
        let deadline = Date().addingTimeInterval(60)
        while killed == nil, Date() < deadline {
            let status = try quotedoc(["batch", "status", "--json"], url: url)
            let object = status.status == 0 ? try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any] : nil
            let holder = (object?["workers"] as? [[String: Any]] ?? []).first { $0["holding"] is Int }
            if let name = (holder?["worker"] as? [String: Any])?["name"] as? String, let pid = name.split(separator: "-").last.flatMap({ Int32($0) }) {
                kill(pid, SIGKILL)
                killed = pid
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let runs = workers.map { $0.wait() }
        XCTAssertNotNil(killed, "a worker held a page")
        XCTAssertEqual(runs.filter(\.wasKilled).count, 1, runs.map(\.stderr).joined())
        for run in runs where !run.wasKilled {
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("\"run\""), run.stdout)
        }

        let status = try succeed(["batch", "status"], url: url).stdout
        XCTAssertTrue(status.contains("complete, 4 of 4 pages done (809 quotes)"), status)
        XCTAssertTrue(status.contains("1 pages were taken over") || status.contains("pages were taken over"), status)
        // Exactly one file per format and one archive row per file, for every confirmation.
        let files = try FileManager.default.subpathsOfDirectory(atPath: outputFolder.path).filter { $0.hasSuffix("-order-confirmation.html") || $0.hasSuffix("-order-confirmation.xml") }
        XCTAssertEqual(files.count, 809 * 2)
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: outputFolder.path).filter { $0.contains(".quotedoc-tmp-") }, [], "no temporary file is left")
        let activities = try succeed(["activities", "--json"], url: url).stdout
        XCTAssertEqual(activities.components(separatedBy: "\"confirmationIssued\"").count - 1, 809)
        XCTAssertEqual(activities.components(separatedBy: "-order-confirmation.").count - 1, 809 * 2, "one archive row per file")
        try succeed(["document", "verify"], url: url)

        // A worker started after the run is complete opens a run with nothing left to do.
        let late = try succeed(["batch", "confirmations", "--worker", "--templates", Self.templatesFolder.path, "--out", outputFolder.path], url: url)
        XCTAssertTrue(late.stdout.contains("0 pages, 0 rendered"), late.stdout)
    }
}
