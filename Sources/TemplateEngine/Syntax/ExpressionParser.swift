/// Parses the tokens of one output or tag into an ``Expression``:
///
///     expression := or
///     or         := and ("or" and)*
///     and        := not ("and" not)*
///     not        := "not" not | comparison
///     comparison := filtered (("==" | "!=" | "<" | "<=" | ">" | ">=") filtered)?
///     filtered   := primary ("|" name ("(" expression ("," expression)* ")")?)*
///     primary    := string | number | "true" | "false" | "null" | path | "(" expression ")"
///     path       := name ("." name)*
struct ExpressionParser {
    /// How deep parentheses, `not`s and filter arguments may nest: far more than a template
    /// needs, and far less than the stack a recursive parse of it takes.
    static let maximumDepth = 64

    private let tokens: [ExpressionToken]
    private(set) var position = 0
    private var depth = 0

    init(_ tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    var current: ExpressionToken { tokens[position] }
    var isAtEnd: Bool { current.kind == .end }

    mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Consumes `symbol` if it is next.
    mutating func consume(symbol: String) -> Bool {
        if current.kind == .symbol(symbol) { position += 1; return true }
        return false
    }

    /// Consumes the keyword `word` if it is next.
    mutating func consume(keyword word: String) -> Bool {
        if current.kind == .identifier(word) { position += 1; return true }
        return false
    }

    /// A name, or a diagnostic saying what was expected.
    mutating func name(expected what: String) throws(Diagnostic) -> (String, SourceLocation) {
        let token = advance()
        guard case .identifier(let name) = token.kind else {
            throw Diagnostic(severity: .error, location: token.location, message: "expected \(what), found \(Self.describe(token))")
        }
        return (name, token.location)
    }

    /// A string literal, or a diagnostic.
    mutating func stringLiteral(expected what: String) throws(Diagnostic) -> String {
        let token = advance()
        guard case .string(let value) = token.kind else {
            throw Diagnostic(severity: .error, location: token.location, message: "expected \(what) in quotes, found \(Self.describe(token))")
        }
        return value
    }

    /// Fails unless every token was used.
    func expectEnd() throws(Diagnostic) {
        guard isAtEnd else {
            throw Diagnostic(severity: .error, location: current.location, message: "unexpected \(Self.describe(current))")
        }
    }

    mutating func expression() throws(Diagnostic) -> Expression {
        try enter()
        defer { depth -= 1 }
        var left = try conjunction()
        while consume(keyword: "or") { left = .or(left, try conjunction()) }
        return left
    }

    private mutating func conjunction() throws(Diagnostic) -> Expression {
        var left = try negation()
        while consume(keyword: "and") { left = .and(left, try negation()) }
        return left
    }

    private mutating func negation() throws(Diagnostic) -> Expression {
        let location = current.location
        if consume(keyword: "not") {
            try enter()
            defer { depth -= 1 }
            return .not(try negation(), location)
        }
        return try comparison()
    }

    private mutating func comparison() throws(Diagnostic) -> Expression {
        let left = try filtered()
        if case .symbol(let symbol) = current.kind, let comparison = ComparisonOperator(rawValue: symbol) {
            let location = advance().location
            return .compare(comparison, left, try filtered(), location)
        }
        return left
    }

    private mutating func filtered() throws(Diagnostic) -> Expression {
        var value = try primary()
        while current.kind == .symbol("|") {
            _ = advance()
            let (filter, location) = try name(expected: "a filter name after '|'")
            var arguments: [Expression] = []
            if consume(symbol: "(") {
                if !consume(symbol: ")") {
                    repeat { arguments.append(try expression()) } while consume(symbol: ",")
                    guard consume(symbol: ")") else {
                        throw Diagnostic(severity: .error, location: current.location, message: "expected ')' to close the arguments of '\(filter)', found \(Self.describe(current))")
                    }
                }
            }
            value = .filter(value, name: filter, arguments: arguments, location)
        }
        return value
    }

    private mutating func primary() throws(Diagnostic) -> Expression {
        let token = advance()
        switch token.kind {
        case .string(let value):
            return .literal(.string(value), token.location)
        case .number(let value):
            return .literal(value.isWholeNumber && value.normalized.significand.magnitude <= UInt128(Int.max) ? .integer(Int(value.normalized.significand)) : .decimal(value), token.location)
        case .identifier("true"):
            return .literal(.bool(true), token.location)
        case .identifier("false"):
            return .literal(.bool(false), token.location)
        case .identifier("null"), .identifier("none"):
            return .literal(.null, token.location)
        case .identifier(let name):
            var names = [name]
            var locations = [token.location]
            while consume(symbol: ".") {
                let (field, location) = try self.name(expected: "a field name after '.'")
                names.append(field)
                locations.append(location)
            }
            return .path(names, locations)
        case .symbol("("):
            let inner = try expression()
            guard consume(symbol: ")") else {
                throw Diagnostic(severity: .error, location: current.location, message: "expected ')', found \(Self.describe(current))")
            }
            return inner
        default:
            throw Diagnostic(severity: .error, location: token.location, message: "expected a value, found \(Self.describe(token))")
        }
    }

    /// One level deeper, refused past ``maximumDepth`` at the token where it happens.
    private mutating func enter() throws(Diagnostic) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw Diagnostic(
                severity: .error, location: current.location,
                message: "the expression nests more than \(Self.maximumDepth) levels deep (parentheses, 'not' or filter arguments); simplify it")
        }
    }

    static func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .identifier(let name): "'\(name)'"
        case .number(let value): "number \(value)"
        case .string(let value): "string \"\(value)\""
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end"
        }
    }
}
