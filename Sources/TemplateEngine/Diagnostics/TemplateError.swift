/// A template that does not compile: every problem found, each with its file, line and column.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let summary = "\(errors) error\(errors == 1 ? "" : "s") in template"
        return ([summary] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
