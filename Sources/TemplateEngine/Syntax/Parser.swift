/// Builds the syntax tree of one template from its segments, collecting every error instead of
/// stopping at the first. A block that is never closed is reported where it was opened.
struct Parser {
    /// How deep `if`, `for` and `block` may nest; deeper is refused (and the rest of the
    /// template not read) before the parse, the compiler or the renderer runs out of stack.
    static let maximumDepth = 100

    private let segments: [Segment]
    private var index = 0
    private var depth = 0
    /// Set when the nesting limit stopped the parse: the blocks still open are not reported.
    private var abandoned = false
    private(set) var diagnostics: [Diagnostic] = []

    /// The tags that open a block (and so nest).
    static let blockTags: Set<String> = ["if", "for", "block"]

    static let tagNames = ["if", "elif", "else", "endif", "for", "endfor", "include", "extends", "block", "endblock", "culture", "raw", "endraw"]

    init(segments: [Segment]) {
        self.segments = segments
    }

    /// The whole template.
    mutating func parse() -> [SyntaxNode] {
        let (nodes, _) = parseNodes(until: [], opener: nil)
        return nodes
    }

    /// A tag read off a segment: its name, its remaining tokens, where it is.
    private struct Tag {
        let name: String
        var parser: ExpressionParser
        let location: SourceLocation
    }

    /// Nodes up to one of the `terminators` tags (returned, not consumed into the nodes), or the
    /// end. `opener` names the block being read, for the "never closed" diagnostic.
    private mutating func parseNodes(until terminators: Set<String>, opener: (name: String, location: SourceLocation)?) -> ([SyntaxNode], Tag?) {
        var nodes: [SyntaxNode] = []
        while index < segments.count {
            let segment = segments[index]
            index += 1
            switch segment {
            case .text(let text, let location):
                nodes.append(.text(text, location))
            case .output(let text, let location):
                if let expression = parseExpression(text, at: location) { nodes.append(.output(expression, location)) }
            case .tag(let text, let location):
                guard var tag = readTag(text, at: location) else { continue }
                if terminators.contains(tag.name) { return (nodes, tag) }
                if let node = parseStatement(&tag) { nodes.append(node) }
            }
        }
        if let opener, !abandoned {
            let expected = terminators.sorted().map { "'\($0)'" }.joined(separator: " or ")
            diagnostics.append(Diagnostic(severity: .error, location: opener.location, message: "'\(opener.name)' is never closed (expected \(expected))"))
        }
        return (nodes, nil)
    }

    private mutating func readTag(_ text: String, at location: SourceLocation) -> Tag? {
        switch ExpressionTokenizer.tokens(text, at: location) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let tokens):
            var parser = ExpressionParser(tokens)
            guard case .identifier(let name) = parser.current.kind else {
                diagnostics.append(Diagnostic(severity: .error, location: location, message: "a tag needs a name, such as 'if' or 'for'"))
                return nil
            }
            _ = parser.advance()
            return Tag(name: name, parser: parser, location: tokens[0].location)
        }
    }

    private mutating func parseExpression(_ text: String, at location: SourceLocation) -> Expression? {
        switch ExpressionTokenizer.tokens(text, at: location) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let tokens):
            var parser = ExpressionParser(tokens)
            do throws(Diagnostic) {
                if parser.isAtEnd { throw Diagnostic(severity: .error, location: location, message: "an empty '{{ }}' prints nothing; put a value in it") }
                let expression = try parser.expression()
                try parser.expectEnd()
                return expression
            } catch {
                diagnostics.append(error)
                return nil
            }
        }
    }

    private mutating func parseStatement(_ tag: inout Tag) -> SyntaxNode? {
        let opensBlock = Self.blockTags.contains(tag.name)
        if opensBlock {
            guard depth < Self.maximumDepth else {
                diagnostics.append(Diagnostic(
                    severity: .error, location: tag.location,
                    message: "'\(tag.name)' nests more than \(Self.maximumDepth) blocks deep; the rest of the template is not read"))
                abandoned = true
                index = segments.count
                return nil
            }
            depth += 1
        }
        defer { if opensBlock { depth -= 1 } }
        do throws(Diagnostic) {
            switch tag.name {
            case "if":
                return try parseConditional(&tag)
            case "for":
                return try parseLoop(&tag)
            case "include", "extends", "culture":
                let argument = try tag.parser.stringLiteral(expected: tag.name == "culture" ? "a culture such as \"sv-SE\"" : "a template name")
                try tag.parser.expectEnd()
                switch tag.name {
                case "include": return .include(argument, tag.location)
                case "extends": return .extends(argument, tag.location)
                default: return .culture(argument, tag.location)
                }
            case "block":
                let (name, _) = try tag.parser.name(expected: "a block name")
                try tag.parser.expectEnd()
                let (body, end) = parseNodes(until: ["endblock"], opener: ("block \(name)", tag.location))
                if var end, !end.parser.isAtEnd {
                    let (closing, location) = try end.parser.name(expected: "the block's name")
                    if closing != name {
                        diagnostics.append(Diagnostic(severity: .error, location: location, message: "'endblock \(closing)' closes block '\(name)'"))
                    }
                }
                return .block(name, body, tag.location)
            case "elif", "else", "endif", "endfor", "endblock", "endraw":
                throw Diagnostic(severity: .error, location: tag.location, message: "'\(tag.name)' without a matching opening tag")
            default:
                throw Diagnostic(
                    severity: .error, location: tag.location, message: "unknown tag '\(tag.name)'",
                    hint: Suggestions.closest(to: tag.name, in: Self.tagNames).map { "did you mean '\($0)'?" })
            }
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    private mutating func parseConditional(_ tag: inout Tag) throws(Diagnostic) -> SyntaxNode {
        var branches: [(Expression, [SyntaxNode])] = []
        var otherwise: [SyntaxNode] = []
        var condition = try tag.parser.expression()
        try tag.parser.expectEnd()
        while true {
            let (body, end) = parseNodes(until: ["elif", "else", "endif"], opener: ("if", tag.location))
            branches.append((condition, body))
            guard var end else { break }
            if end.name == "elif" {
                do throws(Diagnostic) {
                    condition = try end.parser.expression()
                    try end.parser.expectEnd()
                } catch {
                    diagnostics.append(error)
                    condition = .literal(.bool(false), end.location)
                }
                continue
            }
            if end.name == "else" {
                (otherwise, _) = parseNodes(until: ["endif"], opener: ("if", tag.location))
            }
            break
        }
        return .conditional(branches, otherwise: otherwise, tag.location)
    }

    private mutating func parseLoop(_ tag: inout Tag) throws(Diagnostic) -> SyntaxNode {
        let (variable, _) = try tag.parser.name(expected: "a loop variable name")
        guard tag.parser.consume(keyword: "in") else {
            throw Diagnostic(severity: .error, location: tag.parser.current.location, message: "expected 'in' after 'for \(variable)'")
        }
        let sequence = try tag.parser.expression()
        try tag.parser.expectEnd()
        let (body, end) = parseNodes(until: ["else", "endfor"], opener: ("for", tag.location))
        var empty: [SyntaxNode] = []
        if end?.name == "else" {
            (empty, _) = parseNodes(until: ["endfor"], opener: ("for", tag.location))
        }
        return .loop(variable: variable, sequence: sequence, body: body, empty: empty, tag.location)
    }
}
