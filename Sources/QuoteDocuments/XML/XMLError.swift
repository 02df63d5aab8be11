/// Why a document could not be read, validated or queried.
public enum XMLError: Error, Sendable, CustomStringConvertible {
    /// The text is not well-formed XML; every error the parser found, in document order.
    case notWellFormed([XMLIssue])
    /// The document is well-formed but breaks its schema; every violation, ordered by line.
    case schemaViolations([XMLIssue])
    /// The XSD at `path` could not be read or compiled.
    case schemaNotLoadable(path: String, issues: [XMLIssue])
    /// The XPath expression could not be compiled or evaluated.
    case xpath(expression: String, message: String)

    public var description: String {
        switch self {
        case .notWellFormed(let issues):
            Self.list("The document is not well-formed XML:", issues)
        case .schemaViolations(let issues):
            Self.list("The document does not match its schema:", issues)
        case .schemaNotLoadable(let path, let issues):
            Self.list("The schema \(path) cannot be loaded:", issues)
        case .xpath(let expression, let message):
            "The XPath expression \(expression) failed: \(message)"
        }
    }

    private static func list(_ heading: String, _ issues: [XMLIssue]) -> String {
        ([heading] + issues.map { "  \($0)" }).joined(separator: "\n")
    }
}
