import Foundation
import QuoteModel
import XCTest

/// ERP connections against a real Tryton: saved only after the test passes, secrets never
/// shown, removed softly.
final class TrytonConnectionTests: TrytonTestCase {
    func testAWrongPasswordIsRefusedAndNothingIsSaved() throws {
        let run = try fail(["connection", "add", "ERP", "--connector", "tryton"] + (try settings(password: "not-the-password")))
        XCTAssertTrue(run.stderr.contains("refused the login of user 'admin'"), run.stderr)
        XCTAssertFalse(run.stderr.contains("not-the-password"), run.stderr)
        XCTAssertFalse(try succeed(["connection", "list", "--removed"]).stdout.contains("ERP"), "nothing saved")
    }

    func testTheRightPasswordSavesAndTheSecretIsNeverShown() throws {
        let added = try succeed(["connection", "add", "ERP", "--connector", "tryton", "--description", "Northwind's Tryton"] + (try settings(password: TrytonServer.password)))
        XCTAssertTrue(added.stdout.contains("Test passed: logged in to Tryton"), added.stdout)
        XCTAssertTrue(added.stdout.contains("selling as Northwind Traders ERP"), added.stdout)
        for arguments in [["connection", "show", "ERP"], ["connection", "show", "ERP", "--json"], ["connection", "list", "--json"], ["connection", "test", "ERP"]] {
            let run = try succeed(arguments)
            XCTAssertFalse(run.stdout.contains(TrytonServer.password), "\(arguments): \(run.stdout)")
            XCTAssertFalse(added.stdout.contains(TrytonServer.password))
        }
        XCTAssertTrue(try succeed(["connection", "show", "ERP"]).stdout.contains("password  ••••"))
        XCTAssertTrue(try succeed(["connection", "test", "ERP"]).stdout.contains("Test passed"))
    }

    func testASecretReadFromTheEnvironmentIsNamedNotShown() throws {
        try erp(["connection", "add", "ERP", "--connector", "tryton"] + (try settings()))
        XCTAssertTrue(try succeed(["connection", "show", "ERP"]).stdout.contains("password  $TRYTON_PASSWORD"))
        let missing = try fail(["connection", "test", "ERP"])
        XCTAssertTrue(missing.stderr.contains("TRYTON_PASSWORD"), missing.stderr)
    }

    func testUnknownAndIllTypedSettingsAreRefusedNamingTheField() throws {
        let run = try fail(["connection", "add", "ERP", "--connector", "tryton", "--set", "colour=red", "--set", "timeout=soon"] + (try settings()), environment: environment)
        XCTAssertTrue(run.stderr.contains("no field 'colour'"), run.stderr)
        XCTAssertTrue(run.stderr.contains("'timeout' is a decimal number: 'soon' is not"), run.stderr)
    }

    func testAnEditIsSavedOnlyWhenTheTestPasses() throws {
        try erp(["connection", "add", "ERP", "--connector", "tryton"] + (try settings()))
        let refused = try fail(["connection", "edit", "ERP", "--set", "url=http://127.0.0.1:\(try TrytonServer.freePort())"], environment: environment)
        XCTAssertTrue(refused.stderr.contains("could not be reached"), refused.stderr)
        XCTAssertTrue(try succeed(["connection", "show", "ERP"]).stdout.contains("url       \(try server.url)"), "the old address kept")
        try erp(["connection", "edit", "ERP", "--set", "timeout=3", "--description", "faster"])
        let shown = try succeed(["connection", "show", "ERP"]).stdout
        XCTAssertTrue(shown.contains("timeout   3") && shown.contains("Description: faster"), shown)
    }

    func testACustomerTrytonDoesNotKnowIsNamed() throws {
        try erp(["connection", "add", "ERP", "--connector", "tryton"] + (try settings()))
        try succeed(["sale", "add", "--number", "TC-3", "--title", "Wine", "--company", "VINET", "--owner", "afuller"])
        try succeed(["quote", "new", "--sale", "TC-3", "--connection", "ERP"])
        let refused = try fail(["line", "add", "TC-3", "--product", "NW-1", "--quantity", "1"], environment: environment)
        XCTAssertTrue(refused.stderr.contains("has no customer Vins et alcools Chevalier (VINET)"), refused.stderr)
    }

    func testARemovedConnectionKeepsItsQuotesButTakesNoNewOne() throws {
        try quoteOnTryton("TC-1")
        try succeed(["connection", "remove", "ERP"])
        XCTAssertTrue(try succeed(["quote", "show", "TC-1"]).stdout.contains("Connection:   ERP"))
        try succeed(["sale", "add", "--number", "TC-2", "--title", "Second", "--company", "ALFKI", "--owner", "afuller"])
        let refused = try fail(["quote", "new", "--sale", "TC-2", "--connection", "ERP"])
        XCTAssertTrue(refused.stderr.contains("connection 'ERP' was removed"), refused.stderr)
        try succeed(["connection", "restore", "ERP"])
        try succeed(["quote", "new", "--sale", "TC-2", "--connection", "ERP"])
        XCTAssertTrue(try fail(["connection", "remove", "Standalone"]).stderr.contains("cannot be removed"))
    }
}
