import Foundation
import XCTest

/// The templates that used to crash quotedoc (found by fuzzing), through the shipped command:
/// `templates check`, `render` and `batch` each end with a diagnostic and a non-zero exit,
/// never a signal.
final class TemplateRobustnessCommandTests: LifecycleTestCase {
    /// The reproducers, each as the text that replaces the proposal's greeting, with what its
    /// diagnostic says.
    static let reproducers: [(name: String, text: String, partials: [String: String], diagnostic: String)] = [
        ("nested parentheses", "{{ " + String(repeating: "(", count: 9_000) + "1" + String(repeating: ")", count: 9_000) + " }}", [:], "nests more than 64 levels deep"),
        ("nested blocks", String(repeating: "{% if true %}", count: 5_000) + "x" + String(repeating: "{% endif %}", count: 5_000), [:], "nests more than 100 blocks deep"),
        ("exponential includes", "{% include \"partials/p1.html\" %}",
         Dictionary(uniqueKeysWithValues: (1...4).map { ("partials/p\($0).html", String(repeating: "{% include \"partials/p\($0 + 1).html\" %}", count: 20)) } + [("partials/p5.html", "<p>leaf</p>")]),
         "includes partials more than 2000 times"),
    ]

    /// A copy of the templates with `greeting` in place of the greeting of `file`, and `partials`.
    func templates(_ file: String, greeting: String, partials: [String: String]) throws -> URL {
        let copy = folder.appendingPathComponent("Templates-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: Self.templatesFolder, to: copy)
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("{{ labels.greeting }}"))
        try text.replacingOccurrences(of: "{{ labels.greeting }}", with: greeting).write(to: url, atomically: true, encoding: .utf8)
        for (name, body) in partials { try body.write(to: copy.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return copy
    }

    func testEachReproducerIsADiagnosticForTemplatesCheckAndRender() throws {
        for reproducer in Self.reproducers {
            let folder = try templates("proposal.html", greeting: reproducer.text, partials: reproducer.partials)
            let check = try ToolRun.run(executable: Self.executable, ["templates", "check", "--templates", folder.path], environment: [:])
            XCTAssertFalse(check.wasKilled || check.reason == .uncaughtSignal, "\(reproducer.name): templates check crashed")
            XCTAssertEqual(check.status, 1, reproducer.name)
            XCTAssertTrue(check.stdout.contains(reproducer.diagnostic) || check.stderr.contains(reproducer.diagnostic), "\(reproducer.name): \(check.stdout) \(check.stderr)")
            XCTAssertNotNil((check.stdout + check.stderr).range(of: #"\.html:\d+:\d+: error"#, options: .regularExpression), reproducer.name)
            let render = try quotedoc(["render", "11019", "--document", "proposal", "--templates", folder.path, "--out", outputFolder.path])
            XCTAssertEqual(render.reason, .exit, "\(reproducer.name): render crashed")
            XCTAssertEqual(render.status, 1, reproducer.name)
            XCTAssertTrue(render.stderr.contains(reproducer.diagnostic), "\(reproducer.name): \(render.stderr)")
        }
    }

    func testABatchWithABrokenConfirmationTemplateReportsEveryQuoteAndDoesNotCrash() throws {
        let reproducer = Self.reproducers[2]
        let folder = try templates("order-confirmation.html", greeting: reproducer.text, partials: reproducer.partials)
        let batch = try quotedoc(["batch", "confirmations", "--quotes", "10248,10249", "--templates", folder.path, "--out", outputFolder.path])
        XCTAssertEqual(batch.reason, .exit, "batch crashed: \(batch.stderr)")
        XCTAssertNotEqual(batch.status, 0)
        XCTAssertTrue((batch.stdout + batch.stderr).contains(reproducer.diagnostic), batch.stdout + batch.stderr)
    }
}
