import QuoteDocuments
import QuoteModel
import XCTest

/// E-mail addresses are checked as RFC 5322 addr-specs, with or without a display name.
final class MailAddressTests: XCTestCase {
    func testValidAddresses() throws {
        for address in ["erika@acme.example", "first.last+quotes@mail.bergs.example", "o'brien@x-y.example", "a_b@sub-1.example.co.uk"] {
            XCTAssertEqual(try MailAddress(name: "", address: address).address, address)
        }
    }

    func testInvalidAddressesAreAClearError() {
        for address in ["", "erika", "erika@", "@acme.example", "erika@acme", "erika@@acme.example", "er ika@acme.example", "erika.@acme.example",
                        ".erika@acme.example", "erika@acme..example", "erika@-acme.example", "erika@acme.example>", "åsa@bergs.example",
                        "erika@acme.example\r\nBcc: x@y.example"] {
            XCTAssertThrowsError(try MailAddress(name: "", address: address, what: "the recipient"), address) { error in
                let error = error as? QuoteError
                XCTAssertEqual(error?.code, .invalid)
                XCTAssertEqual(error?.message.hasPrefix("the recipient '\(address)' is not an e-mail address"), true, error?.message ?? "")
            }
        }
    }

    func testParsingANameAndAnAddress() throws {
        let plain = try MailAddress(parsing: " erika@acme.example ")
        XCTAssertEqual(plain, try MailAddress(name: "", address: "erika@acme.example"))
        let named = try MailAddress(parsing: "Erika  Lind <erika@acme.example>")
        XCTAssertEqual(named.name, "Erika Lind")
        XCTAssertEqual(named.address, "erika@acme.example")
        XCTAssertEqual(try MailAddress(parsing: "\"Lind, Erika\" <erika@acme.example>").name, "Lind, Erika")
        XCTAssertEqual(named.description, "Erika Lind <erika@acme.example>")
        XCTAssertThrowsError(try MailAddress(parsing: "Erika Lind <erika>"))
    }
}
