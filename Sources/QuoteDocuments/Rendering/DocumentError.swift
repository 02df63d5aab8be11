/// A document that could not be made, with the reason for the user.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A template is missing or does not compile.
        case templates
        /// The XML does not satisfy its schema.
        case invalidXML
        /// The output could not be written.
        case output
        /// The quote cannot have this document (e.g. no order placed for a confirmation).
        case notApplicable
    }

    public let code: Code
    public let description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}
