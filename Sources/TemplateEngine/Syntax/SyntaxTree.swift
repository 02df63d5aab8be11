import ExactValues

/// How two values are compared.
enum ComparisonOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// An expression as written: a literal, a dotted path, a filter application, a comparison, or
/// `and` / `or` / `not`.
indirect enum Expression {
    case literal(TemplateValue, SourceLocation)
    /// `a.b.c`: the first name is a variable, the rest are fields.
    case path([String], [SourceLocation])
    case filter(Expression, name: String, arguments: [Expression], SourceLocation)
    case compare(ComparisonOperator, Expression, Expression, SourceLocation)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression, SourceLocation)

    var location: SourceLocation {
        switch self {
        case .literal(_, let location), .filter(_, _, _, let location), .compare(_, _, _, let location), .not(_, let location):
            location
        case .path(_, let locations):
            locations[0]
        case .and(let left, _), .or(let left, _):
            left.location
        }
    }
}

/// A statement of a template as written.
indirect enum SyntaxNode {
    case text(String, SourceLocation)
    case output(Expression, SourceLocation)
    /// `if`/`elif` branches in order, then the `else` body.
    case conditional([(Expression, [SyntaxNode])], otherwise: [SyntaxNode], SourceLocation)
    case loop(variable: String, sequence: Expression, body: [SyntaxNode], empty: [SyntaxNode], SourceLocation)
    case include(String, SourceLocation)
    case block(String, [SyntaxNode], SourceLocation)
    case extends(String, SourceLocation)
    case culture(String, SourceLocation)
}
