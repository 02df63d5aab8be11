/// A piece of template source as the lexer splits it: literal text, an output `{{ … }}`, a tag
/// `{% … %}`. Comments `{# … #}` are dropped; whitespace control is already applied.
enum Segment {
    case text(String, SourceLocation)
    /// The expression text between the braces, and where it starts.
    case output(String, SourceLocation)
    /// The tag's text between `{%` and `%}`, and where it starts.
    case tag(String, SourceLocation)
}
