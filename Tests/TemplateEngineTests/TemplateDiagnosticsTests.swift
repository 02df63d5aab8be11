import TemplateEngine
import XCTest

final class TemplateDiagnosticsTests: XCTestCase {
    func only(_ diagnostics: [Diagnostic], file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        XCTAssertEqual(diagnostics.count, 1, diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        return diagnostics.first
    }

    func testMisspeltFieldIsReportedAtItsColumnWithASuggestion() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "<p>\n  {% for line in lines %}{{ line.nme }}{% endfor %}\n</p>"])))
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "main.html", line: 2, column: 34))
        XCTAssertEqual(diagnostic.message, "line has no field 'nme'")
        XCTAssertEqual(diagnostic.hint, "did you mean 'name'?")
        XCTAssertTrue(diagnostic.description.hasPrefix("main.html:2:34: error: line has no field 'nme'"))
    }

    func testUnknownTopLevelNameSuggestsTheClosest() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "{{ custmer.name }}"])))
        XCTAssertEqual(diagnostic.location.column, 4)
        XCTAssertEqual(diagnostic.hint, "did you mean 'customer'?")
    }

    func testUnknownFilterIsReportedWithASuggestion() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "{{ total | mony }}"])))
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "main.html", line: 1, column: 12))
        XCTAssertEqual(diagnostic.message, "unknown filter 'mony'")
        XCTAssertEqual(diagnostic.hint, "did you mean 'money'?")
    }

    func testFilterOnTheWrongTypeIsAnError() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "{{ number | money }}"])))
        XCTAssertEqual(diagnostic.message, "'money' needs a money amount, but gets a string")
    }

    func testUnclosedLoopPointsAtWhereItOpened() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "<ul>\n  {% for line in lines %}\n  <li>{{ line.name }}</li>\n</ul>\n"])))
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "main.html", line: 2, column: 6))
        XCTAssertEqual(diagnostic.message, "'for' is never closed (expected 'else' or 'endfor')")
    }

    func testLoopOverANonListIsAnError() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics(["main.html": "{% for c in customer %}{% endfor %}"])))
        XCTAssertEqual(diagnostic.location.column, 4)
        XCTAssertEqual(diagnostic.message, "'for' needs a list to loop over, but 'customer' is a customer")
    }

    func testEveryErrorOfATemplateIsReportedAtOnce() {
        let diagnostics = TestContract.diagnostics(["main.html": "{{ nmber }}\n{{ total | mony }}\n{% fro x in lines %}\n{% for c in customer %}{% endfor %}\n{{ customer.nam }}"])
        XCTAssertEqual(diagnostics.map(\.location.line), [1, 2, 3, 4, 5], diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(diagnostics[2].hint, "did you mean 'for'?")
    }

    func testErrorsInIncludedTemplatesNameThatFile() throws {
        let diagnostic = try XCTUnwrap(only(TestContract.diagnostics([
            "main.html": "{% for line in lines %}{% include \"line.html\" %}{% endfor %}",
            "line.html": "\n{{ line.price | percent }}",
        ])))
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "line.html", line: 2, column: 17))
        XCTAssertEqual(diagnostic.hint, "use 'money' for an amount")
    }

    func testAPartialIncludedTwiceReportsEachOfItsProblemsOnce() {
        let diagnostics = TestContract.diagnostics([
            "main.html": "{% include \"totals.html\" %}\n<hr>\n{% include \"totals.html\" %}",
            "totals.html": "{{ totl | money }}\n{{ number | money }}",
        ])
        XCTAssertEqual(diagnostics.map(\.description), [
            "totals.html:1:4: error: unknown name 'totl'\n    did you mean 'total'?",
            "totals.html:2:13: error: 'money' needs a money amount, but gets a string",
        ])
    }

    func testDistinctProblemsKeepsEveryDifferentMessageOrPlace() {
        let here = SourceLocation(file: "a.html", line: 3, column: 7)
        let elsewhere = SourceLocation(file: "b.html", line: 3, column: 7)
        let first = Diagnostic(severity: .error, location: here, message: "unknown name 'x'", hint: "did you mean 'y'?")
        let diagnostics = [
            first,
            Diagnostic(severity: .error, location: here, message: "unknown name 'x'"),
            Diagnostic(severity: .error, location: here, message: "unknown name 'z'"),
            Diagnostic(severity: .warning, location: here, message: "unknown name 'x'"),
            Diagnostic(severity: .error, location: elsewhere, message: "unknown name 'x'"),
            first,
        ]
        XCTAssertEqual(diagnostics.distinctProblems(), [first] + diagnostics[2...4])
    }

    func testMissingIncludeAndIncludeCycleAreErrors() {
        XCTAssertEqual(TestContract.diagnostics(["main.html": "{% include \"nope.html\" %}"]).first?.message, "cannot load template 'nope.html': no such template")
        let cycle = TestContract.diagnostics(["main.html": "{% include \"a.html\" %}", "a.html": "{% include \"main.html\" %}"])
        XCTAssertTrue(cycle.first?.message.contains("includes or extends itself") ?? false, cycle.description)
    }

    func testValuesInsideTagsScriptsOrUnquotedAttributesAreRefused() {
        for template in ["<p class={{ number }}>", "<p {{ number }}>", "<script>var n = '{{ number }}';</script>", "<!-- {{ number }} -->"] {
            let diagnostics = TestContract.diagnostics(["main.html": template])
            XCTAssertEqual(diagnostics.count, 1, template)
        }
        XCTAssertEqual(TestContract.diagnostics(["main.html": "<script>x</script><p class='{{ number }}'>{{ number }}</p>"]), [])
    }

    func testPrintingAListOrAnImageIsAnError() {
        XCTAssertEqual(TestContract.diagnostics(["main.html": "{{ lines }}"]).first?.message, "cannot print a list of line; loop over it with 'for', or print one of its fields")
        XCTAssertEqual(TestContract.diagnostics(["main.html": "{{ customer.logo }}"]).first?.message, "an image is printed with the 'image' filter, as the src of an <img>")
    }

    func testUnknownCultureSuggestsTheClosest() {
        let diagnostic = TestContract.diagnostics(["main.html": "{% culture \"sv-SV\" %}"]).first
        XCTAssertEqual(diagnostic?.message, "unknown culture 'sv-SV'")
        XCTAssertEqual(diagnostic?.hint, "did you mean 'sv-SE'?")
    }

    func testSyntaxErrors() {
        let cases: [(String, String)] = [
            ("{{ number", "'{{' is never closed (expected '}}')"),
            ("{{ }}", "an empty '{{ }}' prints nothing; put a value in it"),
            ("{{ number number }}", "unexpected 'number'"),
            ("{% endif %}", "'endif' without a matching opening tag"),
            ("{{ 'open }}", "this string is never closed (expected ')"),
            ("{{ total | money(\"x\") }}", "the decimals for 'money' are a whole number from 0 to 9, written as is, or \"unit\" for a unit price"),
            ("{{ lines | groupby(\"categry\") | count }}", "line has no field 'categry'"),
            ("{{ number == total }}", "cannot compare a string with a money"),
        ]
        for (template, message) in cases {
            XCTAssertEqual(TestContract.diagnostics(["main.html": template]).first?.message, message, template)
        }
    }
}
