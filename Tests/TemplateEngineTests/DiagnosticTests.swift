import XCTest

@testable import TemplateEngine

final class DiagnosticTests: XCTestCase {
    func testDiagnosticPrintsFileLineColumnLikeACompiler() {
        let diagnostic = Diagnostic(
            severity: .error, location: SourceLocation(file: "proposal.html", line: 12, column: 7),
            message: "unknown field 'line.totalPrise'", excerpt: "{{ line.totalPrise }}", hint: "did you mean 'totalPrice'?")
        XCTAssertEqual(diagnostic.description, """
            proposal.html:12:7: error: unknown field 'line.totalPrise'
                {{ line.totalPrise }}
                did you mean 'totalPrice'?
            """)
    }

    func testDiagnosticWithoutExcerptOrHintIsOneLine() {
        let diagnostic = Diagnostic(severity: .warning, location: SourceLocation(file: "t.xml", line: 1, column: 1), message: "empty template")
        XCTAssertEqual(diagnostic.description, "t.xml:1:1: warning: empty template")
    }
}
