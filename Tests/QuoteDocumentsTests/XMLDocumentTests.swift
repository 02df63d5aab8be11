import Foundation
import XCTest

@testable import QuoteDocuments

final class XMLDocumentTests: XCTestCase {
    func testSamplesAreWellFormed() throws {
        for name in [UBLSamples.quotation, UBLSamples.orderResponse] {
            XCTAssertNoThrow(try XMLDocument(text: UBLSamples.text(name), fileName: name), name)
        }
    }

    func testMismatchedTagIsNotWellFormed() {
        XCTAssertEqual(parseIssues("<a>\n<b>\n</a>").map(\.line).first, 3)
    }

    func testTrailingJunkIsNotWellFormed() {
        let issues = parseIssues("<a/>\njunk")
        XCTAssertEqual(issues.map(\.line), [2])
        XCTAssertEqual(issues.first?.message, "Extra content at the end of the document")
    }

    func testUndefinedEntityIsNotWellFormed() {
        let issues = parseIssues("<a>&nbsp;</a>")
        XCTAssertEqual(issues, [XMLIssue(line: 1, column: 10, message: "Entity 'nbsp' not defined")])
        XCTAssertEqual(issues.first?.description, "line 1, column 10: Entity 'nbsp' not defined")
    }

    func testEveryErrorIsReportedWithItsLine() throws {
        var text = try UBLSamples.text(UBLSamples.quotation)
        text = UBLSamples.replacing("<cbc:ID>Q-10250</cbc:ID>", with: "<cbc:ID>Q-10250&nbsp;</cbc:ID>", in: text)
        text = UBLSamples.replacing("<cbc:Quantity unitCode=\"C62\">35", with: "<cbc:Quantity unitCode=\"C62\" unitCode=\"KGM\">35", in: text)
        text = UBLSamples.replacing("<cbc:Name>Louisiana Fiery Hot Pepper Sauce</cbc:Name>", with: "<cbc:Name>Louisiana &amp Co</cbc:Name>", in: text)
        let issues = parseIssues(text)
        XCTAssertEqual(issues.map(\.line), [7, 61, 91], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues[0].message.contains("nbsp"), issues[0].message)
        XCTAssertTrue(issues[1].message.contains("unitCode"), issues[1].message)
        XCTAssertTrue(issues.allSatisfy { $0.column != nil })
    }

    func testErrorDescriptionListsEachIssueOnItsOwnLine() {
        do {
            _ = try XMLDocument(text: "<a>\n&nbsp;\n&copy;\n</a>")
            XCTFail("parsed")
        } catch {
            XCTAssertEqual(error.description.split(separator: "\n").count, 3, error.description)
            XCTAssertTrue(error.description.contains("line 3"), error.description)
        }
    }

    func testExternalEntitiesAreNeverLoaded() throws {
        let hostile = [
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]><x>before &e; after</x>",
            "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>",
            "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><x/>",
        ]
        for text in hostile {
            do {
                let document = try XMLDocument(text: text)
                let content = try document.xpath("string(/)").string + document.strings("//node()").joined()
                XCTAssertFalse(content.contains("root:"), text)
            } catch {
                XCTAssertFalse(error.description.contains("root:"), error.description)
            }
        }
    }

    func testDeclaredEncodingDoesNotChangeTheText() throws {
        let document = try XMLDocument(text: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Rua do Paço</a>")
        XCTAssertEqual(try document.xpath("/a").string, "Rua do Paço")
    }

    private func parseIssues(_ text: String) -> [XMLIssue] {
        do {
            _ = try XMLDocument(text: text)
            XCTFail("parsed: \(text)")
        } catch .notWellFormed(let issues) {
            return issues
        } catch {
            XCTFail("\(error)")
        }
        return []
    }
}
