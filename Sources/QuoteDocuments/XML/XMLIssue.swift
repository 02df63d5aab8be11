/// One problem libxml2 reported: a well-formedness error, a schema violation or a schema
/// compilation error, with the line (and column, when known) where it was found.
public struct XMLIssue: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the document (0 when libxml2 gives none).
    public let line: Int
    /// 1-based column, when libxml2 gives one (parser errors do, schema violations do not).
    public let column: Int?
    /// libxml2's message, without its trailing newline.
    public let message: String

    public init(line: Int, column: Int?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 7: message`, or `line 7, column 12: message` when the column is known.
    public var description: String {
        if let column { "line \(line), column \(column): \(message)" } else { "line \(line): \(message)" }
    }
}
