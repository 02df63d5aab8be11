/// One problem found in a template, with where it is and what the designer can do about it.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case note
        case warning
        case error
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The offending template text, if any.
    public var excerpt: String?
    /// A suggestion such as "did you mean 'totalPrice'?".
    public var hint: String?

    public init(severity: Severity, location: SourceLocation, message: String, excerpt: String? = nil, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.excerpt = excerpt
        self.hint = hint
    }

    /// `file:line:col: error: message`, followed by the excerpt and hint on their own lines.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let excerpt { text += "\n    \(excerpt)" }
        if let hint { text += "\n    \(hint)" }
        return text
    }
}
