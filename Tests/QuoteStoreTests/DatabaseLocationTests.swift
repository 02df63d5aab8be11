import Foundation
import QuoteModel
import StorageInterface
import XCTest

/// `--database`: a path is SQLite, a postgres:// URL PostgreSQL; the password comes from the URL,
/// PGPASSWORD or ~/.pgpass and is never shown, not even in the error for a bad URL.
final class DatabaseLocationTests: XCTestCase {
    func testAPathIsSQLiteAndAURLIsPostgres() throws {
        XCTAssertEqual(try DatabaseLocation("./quotedoc.sqlite"), .sqlite(path: "./quotedoc.sqlite"))
        guard case .postgres(let location) = try DatabaseLocation("postgresql://ann:s%40cret@db.example:6543/sales?sslmode=verify-full") else {
            return XCTFail("not PostgreSQL")
        }
        XCTAssertEqual([location.host, String(location.port), location.user, location.database], ["db.example", "6543", "ann", "sales"])
        XCTAssertEqual(location.password, "s@cret")
        XCTAssertEqual(location.tls, .verifyFull)
        XCTAssertEqual(location.description, "postgres://ann:••••@db.example:6543/sales?sslmode=verify-full")
    }

    func testThePasswordComesFromPGPASSWORDThenThePasswordFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try "# comment\nother:5432:*:ann:nope\ndb.example:*:sales:ann:from\\:file\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        guard case .postgres(let fromEnvironment) = try DatabaseLocation("postgres://ann@db.example/sales", environment: ["PGPASSWORD": "from-env"], passwordFile: file.path),
              case .postgres(let fromFile) = try DatabaseLocation("postgres://ann@db.example/sales", passwordFile: file.path),
              case .postgres(let none) = try DatabaseLocation("postgres://bob@db.example/sales", passwordFile: file.path) else { return XCTFail() }
        XCTAssertEqual(fromEnvironment.password, "from-env")
        XCTAssertEqual(fromFile.password, "from:file")
        XCTAssertNil(none.password)
        XCTAssertEqual(fromFile.port, 5432)
    }

    func testABadURLIsAnErrorThatNeverShowsThePassword() {
        for (url, expected) in [
            ("postgres://ann:hunter2@/sales", "is not a PostgreSQL URL"), ("postgres://ann:hunter2@db.example", "names no database"),
            ("postgres://:hunter2@db.example/sales", "names no user"), ("postgres://ann:hunter2@db.example/sales?sslmode=maybe", "sslmode is disable, require or verify-full"),
            ("postgres://ann:hunter2@db.example/sales?application_name=x", "only sslmode"),
        ] {
            XCTAssertThrowsError(try DatabaseLocation(url)) { error in
                let message = (error as? QuoteError)?.message ?? ""
                XCTAssertTrue(message.contains(expected), "\(url): \(message)")
                XCTAssertFalse(message.contains("hunter2") || ((error as? QuoteError)?.value ?? "").contains("hunter2"), message)
            }
        }
    }
}
