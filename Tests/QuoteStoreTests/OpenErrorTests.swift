import Foundation
import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

/// Files that are not a usable quotedoc database are refused with a clear error and left untouched.
final class OpenErrorTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    private func bytes(_ path: String) throws -> Data {
        try XCTUnwrap(FileManager.default.contents(atPath: path), path)
    }

    /// `open(at:)` throws a QuoteError; returns it.
    private func openError(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> QuoteError? {
        do {
            let store = try QuoteDatabase.open(at: path)
            XCTFail("\(path) was opened", file: file, line: line)
            try? store.queue.close()
            return nil
        } catch {
            return error
        }
    }

    /// A quotedoc database file with a few hundred rows, all handles closed.
    private func makeQuotedocFile(_ name: String = "q.sqlite") throws -> String {
        let path = folder.path(name)
        let store = try QuoteDatabase.create(at: path)
        try store.write { db in
            for index in 0..<300 {
                _ = try Company(code: "C\(index)", name: String(repeating: "Company \(index) ", count: 8),
                            address: PostalAddress(street: "Street \(index)", city: "City")).inserted(db)
            }
        }
        try store.queue.close()
        return path
    }

    func testMissingFileIsDatabaseMissingAndNotCreated() throws {
        let path = folder.path("missing.sqlite")
        let error = try XCTUnwrap(openError(path))
        XCTAssertEqual(error.code, .databaseMissing)
        XCTAssertEqual(error.description, "no database at \(path)")
        XCTAssertEqual(error.value, path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testTextFileIsNotAQuotedocDatabaseAndUntouched() throws {
        let path = folder.path("notes.sqlite")
        let original = Data("These are my notes, not a database.\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        let error = try XCTUnwrap(openError(path))
        XCTAssertEqual(error.code, .notAQuotedocDatabase, error.description)
        XCTAssertEqual(try bytes(path), original)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testEmptyFileIsNotAQuotedocDatabaseAndUntouched() throws {
        let path = folder.path("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        let error = try XCTUnwrap(openError(path))
        XCTAssertEqual(error.code, .notAQuotedocDatabase, error.description)
        XCTAssertEqual(try bytes(path), Data())
    }

    func testOtherApplicationsSQLiteDatabaseIsRefusedAndUntouched() throws {
        let path = folder.path("other.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in
                try db.execute(sql: "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
                try db.execute(sql: "INSERT INTO recipe (name) VALUES ('Pancakes')")
            }
            try other.close()
        }
        let original = try bytes(path)
        let error = try XCTUnwrap(openError(path))
        XCTAssertEqual(error.code, .notAQuotedocDatabase, error.description)
        XCTAssertEqual(try bytes(path), original)
        // No quotedoc table was added.
        let check = try DatabaseQueue(path: path)
        XCTAssertEqual(try check.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }, ["recipe"])
        try check.close()
    }

    func testDatabaseFromANewerQuotedocIsRefusedAndUntouched() throws {
        let path = try makeQuotedocFile()
        do {
            let raw = try DatabaseQueue(path: path)
            try raw.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')") }
            try raw.close()
        }
        let original = try bytes(path)
        let error = try XCTUnwrap(openError(path))
        XCTAssertEqual(error.code, .newerSchema, error.description)
        XCTAssertEqual(try bytes(path), original)
    }

    func testGarbledPageIsAnErrorNotACrash() throws {
        let path = try makeQuotedocFile()
        var data = try bytes(path)
        XCTAssertGreaterThan(data.count, 3 * 4096)
        for offset in 4096..<(2 * 4096) { data[offset] = UInt8(truncatingIfNeeded: offset &* 31 &+ 7) }
        try data.write(to: URL(fileURLWithPath: path))
        let error = try XCTUnwrap(openError(path))
        XCTAssertTrue([.corrupt, .notAQuotedocDatabase].contains(error.code), "\(error.code): \(error.description)")
        XCTAssertEqual(try bytes(path), data)
    }

    func testGarbledPageThatOpeningDoesNotReadIsFoundByTheIntegrityCheck() throws {
        // The middle page of a fresh file belongs to an (empty) index: nothing reads it on open
        // (which stays fast whatever the file's size), so the integrity check of the whole file
        // is what finds the damage.
        let path = try makeQuotedocFile()
        var data = try bytes(path)
        let page = data.count / 4096 / 2
        XCTAssertGreaterThan(page, 2)
        for offset in (page * 4096)..<((page + 1) * 4096) { data[offset] = UInt8(truncatingIfNeeded: offset &* 31 &+ 7) }
        try data.write(to: URL(fileURLWithPath: path))
        do {
            let store = try QuoteDatabase.open(at: path)
            XCTAssertThrowsError(try store.verifyIntegrity()) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .corrupt, "\(error)")
            }
        } catch {
            XCTAssertEqual(error.code, .corrupt, error.description)
        }
        XCTAssertEqual(try bytes(path), data)
    }

    func testGarbledHeaderIsAnErrorNotACrash() throws {
        let path = try makeQuotedocFile()
        var data = try bytes(path)
        for offset in 0..<100 { data[offset] = UInt8(truncatingIfNeeded: offset &* 13 &+ 1) }
        try data.write(to: URL(fileURLWithPath: path))
        let error = try XCTUnwrap(openError(path))
        XCTAssertTrue([.corrupt, .notAQuotedocDatabase].contains(error.code), "\(error.code): \(error.description)")
        XCTAssertEqual(try bytes(path), data)
    }

    func testTruncatedFileIsAnErrorNotACrash() throws {
        let path = try makeQuotedocFile()
        let data = try bytes(path)
        let truncated = data.prefix(data.count / 2 + 100)
        try truncated.write(to: URL(fileURLWithPath: path))
        let error = try XCTUnwrap(openError(path))
        XCTAssertTrue([.corrupt, .notAQuotedocDatabase].contains(error.code), "\(error.code): \(error.description)")
        XCTAssertEqual(try bytes(path), truncated)
    }
}
