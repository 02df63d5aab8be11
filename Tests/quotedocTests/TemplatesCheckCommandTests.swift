import Foundation
import XCTest

/// `quotedoc templates check` reports every problem of a template with file:line:col and exits
/// 1; the standard templates pass.
final class TemplatesCheckCommandTests: LifecycleTestCase {
    /// Runs `quotedoc templates check` (which needs no database).
    func check(_ arguments: [String]) throws -> ToolRun {
        try ToolRun.run(executable: Self.executable, ["templates", "check", "--templates", Self.templatesFolder.path] + arguments, environment: [:])
    }

    func testTheStandardTemplatesPass() throws {
        let run = try check([])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("no problems"), run.stdout)
    }

    func testABrokenTemplateGetsEveryProblemAtItsLineAndColumn() throws {
        let file = folder.appendingPathComponent("broken.html")
        try """
            <p>{{ quote.numbr }}</p>
            <p>{{ favourite.totalPrice | mony }}</p>
            {% for c in company %}{% endfor %}
            {% for line in favourite.lines %}
            <td>{{ line.name }}</td>
            """.write(to: file, atomically: true, encoding: .utf8)
        let run = try check([file.path])
        XCTAssertEqual(run.status, 1, "any error fails the check")
        let output = run.stdout
        XCTAssertTrue(output.contains("broken.html:1:13: error: quote has no field 'numbr'"), output)
        XCTAssertTrue(output.contains("did you mean 'number'?"), output)
        XCTAssertTrue(output.contains("broken.html:2:30: error: unknown filter 'mony'"), output)
        XCTAssertTrue(output.contains("broken.html:3:4: error: 'for' needs a list to loop over, but 'company' is a company"), output)
        XCTAssertTrue(output.contains("broken.html:4:4: error: 'for' is never closed"), output)
    }

    func testAProblemInAPartialTwoTemplatesIncludeIsReportedOnce() throws {
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Self.templatesFolder, to: templates)
        // proposal.html (through quote-details.html) and order-confirmation.html both include parties.html.
        let parties = templates.appendingPathComponent("partials/parties.html")
        try ("{{ quote.numbr }}{{ quote.number | mony }}\n" + String(contentsOf: parties, encoding: .utf8)).write(to: parties, atomically: true, encoding: .utf8)
        let run = try ToolRun.run(executable: Self.executable, ["templates", "check", "--templates", templates.path], environment: [:])
        XCTAssertEqual(run.status, 1, run.stderr)
        let problems = run.stdout.split(separator: "\n").filter { $0.hasPrefix("partials/parties.html:") }
        XCTAssertEqual(problems, [
            "partials/parties.html:1:10: error: quote has no field 'numbr'",
            "partials/parties.html:1:36: error: unknown filter 'mony'",
        ], run.stdout)
    }
}
