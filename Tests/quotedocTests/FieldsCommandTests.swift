import Foundation
import QuoteModel
import QuoteStore
import XCTest

@testable import quotedoc

/// `quotedoc fields list|set` and the commands it drives: render, line set, product add,
/// quote show and templates fields.
final class FieldsCommandTests: EditingTestCase {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates").path

    /// The HTML proposal of S1 rendered into a new folder, through `template` when given.
    func renderedHTML(template: String? = nil) throws -> String {
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        try run(["render", "S1", "--document", "proposal", "--format", "html", "--templates", Self.templates, "--out", out.path]
            + (template.map { ["--template", $0] } ?? []))
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: out.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        return try String(contentsOf: out.appendingPathComponent(try XCTUnwrap(files.first)), encoding: .utf8)
    }

    func testHidingCostBlanksItInTheDocumentAndShowingItBringsItBack() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        let template = folder.appendingPathComponent("costs.html").path
        try "{% for line in favourite.lines %}<td class=\"cost\">{{ line.unitCost | money }}</td>{% endfor %}"
            .write(toFile: template, atomically: true, encoding: .utf8)
        XCTAssertTrue(try renderedHTML(template: template).contains("10.00"), "the cost merges while shown")

        let set = try output(["fields", "set", "cost", "--hidden"])
        XCTAssertEqual(set, "Field cost: hidden, optional, editable, rank 15.\n")
        XCTAssertEqual(try renderedHTML(template: template), "<td class=\"cost\"></td>")
        let fields = try output(["templates", "fields", "--templates", Self.templates])
        XCTAssertTrue(fields.contains("Hidden by the field configuration (merged as blank): unitCost."), fields)

        try run(["fields", "set", "unitCost", "--shown"])
        XCTAssertTrue(try renderedHTML(template: template).contains("10.00"))
    }

    func testHidingTheListPriceTakesItOutOfTheStandardProposal() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        XCTAssertTrue(try renderedHTML().contains("13.00"))
        try run(["fields", "set", "list-price", "--hidden"])
        let html = try renderedHTML()
        XCTAssertFalse(html.contains("13.00"), html)
        XCTAssertTrue(html.contains("130.00"), "the line total stays")
    }

    func testLineSetRefusesAReadOnlyField() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        try run(["fields", "set", "cost", "--read-only"])
        let message = assertFails(["line", "set", "S1", "1", "--cost", "11", "--quantity", "5"])
        XCTAssertEqual(message, """
            field 'cost' of line 1 (Widget) is read-only in the field configuration
            Hint: make it editable with `quotedoc fields set cost --editable`
            """)
        XCTAssertEqual(try lines().first?.unitCost, 10)
        XCTAssertEqual(try lines().first?.quantity, 10, "nothing of the refused change was saved")
        try run(["line", "set", "S1", "1", "--quantity", "5"])
        XCTAssertEqual(try lines().first?.quantity, 5)
        try run(["fields", "set", "cost", "--editable"])
        try run(["line", "set", "S1", "1", "--cost", "11"])
        XCTAssertEqual(try lines().first?.unitCost, 11)
    }

    func testProductAddWithoutATerminalRefusesNamingEveryMissingMandatoryField() throws {
        let database = try makeQuote()
        try run(["fields", "set", "supplier", "--mandatory"])
        try run(["fields", "set", "stock", "--mandatory"])
        let message = assertFails(["product", "add", "--pricelist", "Main", "--code", "N1", "--name", "Nut", "--list-price", "1"])
        XCTAssertEqual(message, """
            product N1 lacks mandatory fields of the field configuration: 'supplier', 'stock'
            Hint: give --supplier, --stock, or make a field optional with `quotedoc fields set FIELD --optional`
            """)
        XCTAssertThrowsError(try database.product(code: "N1"), "nothing was written")
        try run(["product", "add", "--pricelist", "Main", "--code", "N1", "--name", "Nut", "--list-price", "1", "--supplier", "Acme", "--stock", "4"])
        XCTAssertEqual(try database.product(code: "N1").supplier, "Acme")
    }

    func testQuoteShowOrdersColumnsByRankAndLeavesHiddenOnesOut() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
        try run(["fields", "set", "list-price", "--rank", "1"])
        try run(["fields", "set", "discount-amount", "--hidden"])
        try run(["fields", "set", "code", "--label", "Art.", "--lang", "en"])
        let text = try output(["quote", "show", "S1"])
        let header = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("  #") }).split(separator: " ").joined(separator: " ")
        XCTAssertEqual(header, "# Unit price Art. Name Quantity Disc % Total Status")
        let json = try JSONSerialization.jsonObject(with: Data(try output(["quote", "show", "S1", "--json"]).utf8)) as? [String: Any]
        XCTAssertEqual(json?["hiddenFields"] as? [String], ["discountAmount"])
        let line = ((json?["version"] as? [String: Any])?["alternatives"] as? [[String: Any]])?.first?["lines"] as? [[String: Any]]
        XCTAssertNotNil(line?.first?["discountAmount"], "the JSON keeps every field")
    }

    func testFieldsListShowsTheSettingsAndRefusals() throws {
        try makeQuote()
        try run(["fields", "set", "stock", "--label", "Lager", "--lang", "sv"])
        let json = try JSONSerialization.jsonObject(with: Data(try output(["fields", "list", "--lang", "sv", "--json"]).utf8)) as? [[String: Any]]
        let stock = try XCTUnwrap(json?.first { $0["field"] as? String == "stock" })
        XCTAssertEqual(stock["label"] as? String, "Lager")
        XCTAssertEqual(stock["key"] as? String, "stock")
        XCTAssertEqual(json?.first { $0["field"] as? String == "cost" }?["label"] as? String, "Kostnad")
        XCTAssertTrue(try output(["fields", "list"]).contains("In stock"))
        XCTAssertEqual(assertFails(["fields", "set", "name", "--hidden"]), "field 'name' cannot be hidden: every product and line shows its name and quantity")
        assertUsageError(["fields", "set", "cost"])
        assertUsageError(["fields", "set", "no-such-field", "--hidden"])
    }
}
