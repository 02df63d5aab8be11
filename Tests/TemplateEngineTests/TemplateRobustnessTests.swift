import ExactValues
import TemplateEngine
import XCTest

/// The templates a fuzzing campaign found could bring the process down, and the limits that
/// keep any template from doing it: each is a diagnostic at its file:line:col, or a render
/// stopped with an error.
final class TemplateRobustnessTests: XCTestCase {
    func testAHugeNumberThroughPlainAndMoneyRendersAndNeverTraps() throws {
        let largest = "170141183460469231731687303715884105727"
        let text = try TestContract.render("{{ 9999999999999999999999999999999999999|plain(2) }} {{ \(largest)|plain(9) }} {{ \(largest)|number(9) }}")
        XCTAssertEqual(text, "9999999999999999999999999999999999999.00 \(largest).000000000 170,141,183,460,469,231,731,687,303,715,884,105,727.000000000",
                       "the digits are written out, not widened into an overflowing significand")
    }

    func testANumberPastTheLargestDecimalIsADiagnosticAtItsPlace() {
        let diagnostics = TestContract.diagnostics(["main.html": "ok\n{{ 1\(String(repeating: "0", count: 45))|plain(2) }}"])
        XCTAssertEqual(diagnostics.first?.location.line, 2, "\(diagnostics)")
    }

    func testNineThousandNestedParenthesesAreADiagnosticNotAStackOverflow() {
        let deep = "{{ " + String(repeating: "(", count: 9_000) + "1" + String(repeating: ")", count: 9_000) + " }}"
        let diagnostics = TestContract.diagnostics(["main.html": deep])
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
        XCTAssertTrue(diagnostics[0].message.contains("nests more than 64 levels deep"), diagnostics[0].message)
        XCTAssertEqual(diagnostics[0].location.line, 1)
        XCTAssertEqual(diagnostics[0].location.column, 4 + 64, "at the parenthesis that goes one level too deep")
        let nots = "{% if " + String(repeating: "not ", count: 5_000) + "paid %}x{% endif %}"
        XCTAssertTrue(TestContract.diagnostics(["main.html": nots]).contains { $0.message.contains("nests more than 64 levels") })
        XCTAssertEqual(try TestContract.render("{{ " + String(repeating: "(", count: 40) + "number" + String(repeating: ")", count: 40) + " }}"), "10248",
                       "forty levels are fine")
    }

    func testThousandsOfNestedBlocksAreOneDiagnosticNotAStackOverflow() {
        let deep = String(repeating: "{% if paid %}", count: 5_000) + "x" + String(repeating: "{% endif %}", count: 5_000)
        let diagnostics = TestContract.diagnostics(["main.html": deep])
        XCTAssertEqual(diagnostics.count, 1, "one diagnostic, not one per open block: \(diagnostics.prefix(3))")
        XCTAssertTrue(diagnostics[0].message.contains("nests more than 100 blocks deep"), diagnostics[0].message)
        XCTAssertEqual(diagnostics[0].location.column, 1 + 100 * 13 + 3, "at the 101st 'if'")
    }

    func testPartialsIncludingEachOtherTwentyTimesFiveDeepAreRefusedQuickly() {
        var templates = ["main.html": "{% include \"p1.html\" %}", "p5.html": "<p>{{ customer.name }}</p>"]
        for level in 1...4 { templates["p\(level).html"] = String(repeating: "{% include \"p\(level + 1).html\" %}", count: 20) }
        let started = ContinuousClock.now
        let diagnostics = TestContract.diagnostics(templates)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), "refused before expanding 3.2 million includes")
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
        XCTAssertTrue(diagnostics[0].message.contains("main.html includes partials more than 2000 times"), diagnostics[0].message)
        // A partial included a reasonable number of times still compiles.
        templates["p1.html"] = String(repeating: "{% include \"p5.html\" %}", count: 50)
        XCTAssertEqual(TestContract.diagnostics(templates), [])
    }

    func testARenderPastItsSizeLimitIsStoppedWithAnError() throws {
        let template = try TestContract.compile(["main.html": "{% for a in lines %}{% for b in lines %}{% for c in lines %}" + String(repeating: "x", count: 1_000) + "{% endfor %}{% endfor %}{% endfor %}"])
        let limits = RenderLimits(maximumBytes: 10_000, maximumDuration: .seconds(10))
        XCTAssertThrowsError(try template.renderBytes(TestContract.sample, culture: .invariant, limits: limits)) { error in
            XCTAssertEqual((error as? RenderLimitExceeded)?.limit, .size(10_000))
            XCTAssertTrue("\(error)".hasPrefix("main.html rendered more than"), "\(error)")
        }
        XCTAssertEqual(try template.renderBytes(TestContract.sample, culture: .invariant, limits: .standard).count, 27_000, "within the limits it renders")
    }

    func testARenderPastItsTimeLimitIsStoppedWithAnError() throws {
        var lines: [TemplateValue] = []
        for rank in 1...300 { lines.append(TestContract.line("L\(rank)", "C", quantity: "1", price: "1", rank: rank)) }
        var data = TestContract.sample
        data = TemplateObject(TestContract.order, [
            "number": .string("1"), "customer": data["customer"], "lines": .list(lines), "total": data["total"], "date": data["date"],
            "paid": .bool(true), "notes": .list([]), "contact": .null,
        ])
        let template = try TestContract.compile(["main.html": "{% for a in lines %}{% for b in lines %}{% for c in lines %}{% endfor %}{% endfor %}{% endfor %}"])
        let limits = RenderLimits(maximumBytes: .max, maximumDuration: .milliseconds(50))
        let started = ContinuousClock.now
        XCTAssertThrowsError(try template.renderBytes(data, culture: .invariant, limits: limits)) { error in
            XCTAssertEqual((error as? RenderLimitExceeded)?.limit, .duration(.milliseconds(50)))
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), "27 million turns stopped early")
    }
}
