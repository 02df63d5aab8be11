import Foundation
import GRDB
import QuoteModel
import XCTest

/// `product import` and `pricelist export`, run as the quotedoc executable on the Northwind demo.
final class ProductImportCommandTests: LifecycleTestCase {
    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The counts and problems of a `--json` report.
    struct Report: Decodable {
        struct Problem: Decodable, Equatable {
            let row: Int
            let column: String
            let reason: String
        }
        let outcome: String
        let new: Int
        let updates: Int
        let unchanged: Int
        let rowsWithProblems: Int
        let problems: [Problem]
    }

    func report(_ run: ToolRun) throws -> Report {
        try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
    }

    func testAnExportInEitherFormatImportsBackAsADryRunWithNothingToDo() throws {
        let count = try database().products(in: database().priceList(named: "Northwind")).count
        let csv = try succeed(["pricelist", "export", "Northwind", "--format", "csv"]).stdout
        XCTAssertTrue(csv.hasPrefix("Code,Name,Description,Unit,"), csv)
        let csvFile = try write(csv, to: "northwind.csv")
        let xlsxFile = folder.appendingPathComponent("northwind.xlsx").path
        let written = try succeed(["pricelist", "export", "Northwind", "--format", "xlsx", "--out", xlsxFile])
        XCTAssertTrue(written.stdout.contains("Exported price list Northwind to \(xlsxFile)"), written.stdout)
        for file in [csvFile, xlsxFile] {
            let report = try report(try succeed(["product", "import", file, "--pricelist", "Northwind", "--dry-run", "--json"]))
            XCTAssertEqual(report.outcome, "dryRun")
            XCTAssertEqual([report.new, report.updates, report.problems.count], [0, 0, 0], "\(file): \(report.problems)")
            XCTAssertEqual(report.unchanged, count, file)
        }
    }

    func testExportRefusesToReplaceAFileUnlessForced() throws {
        let target = try write("keep me", to: "existing.csv")
        let run = try fail(["pricelist", "export", "Northwind", "--format", "csv", "--out", target])
        XCTAssertTrue(run.stderr.contains("the file exists"), run.stderr)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep me")
        try succeed(["pricelist", "export", "Northwind", "--format", "csv", "--out", target, "--force"])
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("Code,"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }, [], "no temporary file is left")
    }

    func testTheDryRunPrintsEachProblemAndImportingWritesWhatItSaid() throws {
        let file = try write("Kod;Namn;Listpris;Moms\nX1;Ny;\"1 234,50\";25\nX2;Fel;abc;25\nX3;Dubbel;1;25\nX3;Dubbel;2;25\n", to: "x.csv")
        let dryRun = try succeed(["product", "import", file, "--pricelist", "Northwind", "--culture", "sv-SE", "--dry-run"]).stdout
        XCTAssertTrue(dryRun.contains("New: 1  Updates: 0  Unchanged: 0  Rows with problems: 3"), dryRun)
        XCTAssertTrue(dryRun.contains("'abc' is not a number"), dryRun)
        XCTAssertThrowsError(try database().product(code: "X1"), "a dry run writes nothing")
        let applied = try report(try succeed(["product", "import", file, "--pricelist", "Northwind", "--culture", "sv-SE", "--json"]))
        XCTAssertEqual([applied.new, applied.rowsWithProblems], [1, 3])
        XCTAssertEqual(applied.problems.map(\.row), [3, 4, 5])
        XCTAssertEqual(try database().product(code: "X1").unitListPrice, ExactDecimal("1234.50"))
    }

    func testStrictExitsNonZeroAndWritesNothing() throws {
        let file = try write("Code,Name,List price\nY1,Good,1\nY2,Bad,-1\n", to: "y.csv")
        let run = try fail(["product", "import", file, "--pricelist", "Northwind", "--strict"])
        XCTAssertTrue(run.stderr.contains("nothing was imported"), run.stderr)
        XCTAssertTrue(run.stdout.contains("must not be negative"), run.stdout)
        XCTAssertThrowsError(try database().product(code: "Y1"))
    }

    func testAWriteFailingInTheMiddleOfTheFileLeavesNothingWritten() throws {
        // The database refuses the third new row, as a full disk or a broken file would.
        try DatabaseQueue(path: databasePath).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON product WHEN NEW.code = 'V3' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        }
        let before = try database().products().count
        let file = try write("Code,Name,List price\n1,Chai renamed,18\nV1,One,1\nV2,Two,2\nV3,Three,3\nV4,Four,4\n", to: "v.csv")
        let dryRun = try report(try succeed(["product", "import", file, "--pricelist", "Northwind", "--dry-run", "--json"]))
        XCTAssertEqual([dryRun.new, dryRun.updates], [4, 1])
        let run = try fail(["product", "import", file, "--pricelist", "Northwind"])
        XCTAssertTrue(run.stderr.contains("refused by the test"), run.stderr)
        XCTAssertEqual(try database().products().count, before)
        XCTAssertThrowsError(try database().product(code: "V1"), "the rows before the failing one are not kept")
        XCTAssertEqual(try database().product(code: "1").name, "Chai", "nor the update")
    }

    func testAnUnreadableFileIsAnErrorNamingIt() throws {
        let missing = folder.appendingPathComponent("nope.xlsx").path
        let run = try fail(["product", "import", missing, "--pricelist", "Northwind"])
        XCTAssertTrue(run.stderr.contains("cannot import '\(missing)'"), run.stderr)
        let badMap = try fail(["product", "import", missing, "--pricelist", "Northwind", "--map", "Pris=nonsense"], status: 64)
        XCTAssertTrue(badMap.stderr.contains("--map"), badMap.stderr)
    }
}
