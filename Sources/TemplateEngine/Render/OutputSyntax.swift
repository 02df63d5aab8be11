/// What a template produces, which decides how printed values are escaped.
public enum OutputSyntax: String, Sendable, Hashable, CaseIterable {
    /// HTML: `& < > " '` are escaped, in text and in quoted attribute values alike.
    case html
    /// XML: the same five characters are escaped, and characters XML 1.0 forbids are dropped.
    case xml
    /// Plain text (a mail subject): nothing is escaped.
    case text

    /// The syntax a template's file name implies: `.html`/`.htm` HTML, `.xml` XML, else text.
    public init(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".xml") {
            self = .xml
        } else {
            self = .text
        }
    }
}
