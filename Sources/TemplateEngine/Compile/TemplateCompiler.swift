/// Compiles templates against a data contract: reads the template and everything it includes or
/// extends, checks every field, filter and loop against the contract's types, and reports every
/// problem at once, each at its file, line and column.
public struct TemplateCompiler: Sendable {
    /// The type of the data the templates render: its fields are the templates' top-level names.
    public let contract: ObjectType
    public let loader: any TemplateLoader

    public init(contract: ObjectType, loader: any TemplateLoader) {
        self.contract = contract
        self.loader = loader
    }

    /// The compiled template `name`; its syntax follows the file name unless given.
    public func compile(_ name: String, syntax: OutputSyntax? = nil) throws(TemplateError) -> CompiledTemplate {
        var session = CompileSession(contract: contract, loader: loader, syntax: syntax ?? OutputSyntax(fileName: name), name: name)
        let nodes = session.resolve(name, from: nil)
        var scope = Scope()
        let compiled = session.compile(nodes, in: &scope)
        let errors = session.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw TemplateError(diagnostics: session.sortedDiagnostics) }
        return CompiledTemplate(
            name: name, syntax: session.syntax, nodes: CompiledTemplate.mergingText(compiled), slotCount: scope.maximumSlots,
            culture: session.culture, sources: session.sources)
    }

    /// Every problem in template `name`; empty when it compiles cleanly.
    public func check(_ name: String, syntax: OutputSyntax? = nil) -> [Diagnostic] {
        do {
            _ = try compile(name, syntax: syntax)
            return []
        } catch {
            return error.diagnostics
        }
    }
}

/// The names in scope while compiling: loop variables by slot, and the loops around.
struct Scope {
    var variables: [(name: String, slot: Int, type: ValueType)] = []
    var loops: [(indexSlot: Int, lengthSlot: Int)] = []
    var nextSlot = 0
    var maximumSlots = 0

    mutating func allocate() -> Int {
        defer {
            nextSlot += 1
            maximumSlots = max(maximumSlots, nextSlot)
        }
        return nextSlot
    }
}

/// The state of compiling one template: what was loaded, what was found wrong.
struct CompileSession {
    let contract: ObjectType
    let loader: any TemplateLoader
    let syntax: OutputSyntax
    /// The template being compiled.
    let name: String
    var diagnostics: [Diagnostic] = []
    /// Every template source read, by name, for hashing.
    var sources: [String: String] = [:]
    var culture: Culture?
    private var cultureLocation: SourceLocation?
    private var parsed: [String: [SyntaxNode]] = [:]
    private var including: [String] = []
    private var html = HTMLContext()
    /// How many includes were expanded; each include is compiled in place (its fields are
    /// checked in the scope it is included in), so this bounds the size of the compiled template.
    private var expandedIncludes = 0

    /// The most includes one template may expand, counting each time a partial is included.
    static let maximumIncludes = 2_000

    init(contract: ObjectType, loader: any TemplateLoader, syntax: OutputSyntax, name: String) {
        self.contract = contract
        self.loader = loader
        self.syntax = syntax
        self.name = name
    }

    // MARK: Loading, extends and blocks

    /// The parsed template `name`, its `extends` resolved into the layout with this template's
    /// blocks in place. `location` is where it was asked for (nil for the main template).
    mutating func resolve(_ name: String, from location: SourceLocation?) -> [SyntaxNode] {
        guard !including.contains(name) else {
            report(location ?? SourceLocation(file: name, line: 1, column: 1), "'\(name)' includes or extends itself (\((including + [name]).joined(separator: " → ")))")
            return []
        }
        guard including.count < 16 else {
            report(location ?? SourceLocation(file: name, line: 1, column: 1), "templates nest more than 16 deep")
            return []
        }
        including.append(name)
        defer { including.removeLast() }
        let nodes = parse(name, from: location)
        let significant = nodes.filter { !Self.isBlank($0) }
        guard case .extends(let parent, let extendsLocation)? = significant.first else { return nodes }
        var blocks: [String: [SyntaxNode]] = [:]
        for node in significant.dropFirst() {
            switch node {
            case .block(let blockName, let body, _):
                blocks[blockName] = body
            case .culture:
                collectCulture(node)
            default:
                report(Self.location(of: node), "a template that extends another may only hold blocks; this would never be printed")
            }
        }
        let layout = resolve(parent, from: extendsLocation)
        return Self.replacingBlocks(in: layout, with: blocks)
    }

    private mutating func parse(_ name: String, from location: SourceLocation?) -> [SyntaxNode] {
        if let nodes = parsed[name] { return nodes }
        let text: String
        do {
            text = try loader.source(of: name)
        } catch {
            report(location ?? SourceLocation(file: name, line: 1, column: 1), error.description)
            return []
        }
        sources[name] = text
        var lexer = Lexer(file: name, source: text)
        let segments = lexer.segments()
        var parser = Parser(segments: segments)
        let nodes = parser.parse()
        diagnostics += lexer.diagnostics + parser.diagnostics
        parsed[name] = nodes
        return nodes
    }

    static func replacingBlocks(in nodes: [SyntaxNode], with blocks: [String: [SyntaxNode]]) -> [SyntaxNode] {
        nodes.map { node in
            switch node {
            case .block(let name, let body, let location):
                .block(name, blocks[name] ?? replacingBlocks(in: body, with: blocks), location)
            case .conditional(let branches, let otherwise, let location):
                .conditional(branches.map { ($0.0, replacingBlocks(in: $0.1, with: blocks)) }, otherwise: replacingBlocks(in: otherwise, with: blocks), location)
            case .loop(let variable, let sequence, let body, let empty, let location):
                .loop(variable: variable, sequence: sequence, body: replacingBlocks(in: body, with: blocks), empty: replacingBlocks(in: empty, with: blocks), location)
            default:
                node
            }
        }
    }

    static func isBlank(_ node: SyntaxNode) -> Bool {
        if case .text(let text, _) = node { return text.trimmingSpaces.isEmpty }
        return false
    }

    static func location(of node: SyntaxNode) -> SourceLocation {
        switch node {
        case .text(_, let location), .output(_, let location), .conditional(_, _, let location), .loop(_, _, _, _, let location),
             .include(_, let location), .block(_, _, let location), .extends(_, let location), .culture(_, let location):
            location
        }
    }

    /// The diagnostics by file (in the order the files were read), then line and column, each
    /// problem once (a partial included twice is checked twice).
    var sortedDiagnostics: [Diagnostic] {
        let diagnostics = diagnostics.distinctProblems()
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.location.file] == nil {
            fileOrder[diagnostic.location.file] = fileOrder.count
        }
        return diagnostics.enumerated().sorted { a, b in
            let left = (fileOrder[a.element.location.file]!, a.element.location.line, a.element.location.column, a.offset)
            let right = (fileOrder[b.element.location.file]!, b.element.location.line, b.element.location.column, b.offset)
            return left < right
        }.map(\.element)
    }

    mutating func report(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(severity: .error, location: location, message: message, hint: hint))
    }

    private mutating func collectCulture(_ node: SyntaxNode) {
        guard case .culture(let identifier, let location) = node else { return }
        guard let chosen = Culture.named(identifier) else {
            report(location, "unknown culture '\(identifier)'",
                   hint: Suggestions.closest(to: identifier, in: Culture.all.map(\.identifier)).map { "did you mean '\($0)'?" })
            return
        }
        if let cultureLocation {
            report(location, "a template sets its culture once; it was set at \(cultureLocation) already")
            return
        }
        culture = chosen
        cultureLocation = location
    }

    // MARK: Statements

    mutating func compile(_ nodes: [SyntaxNode], in scope: inout Scope) -> [CompiledNode] {
        var result: [CompiledNode] = []
        for node in nodes {
            switch node {
            case .text(let text, _):
                let bytes = Array(text.utf8)
                if syntax == .html { html.consume(bytes) }
                result.append(.text(bytes))
            case .output(let expression, let location):
                guard let (compiled, type) = compileExpression(expression, in: scope) else { continue }
                if let problem = syntax == .html ? html.problem : nil {
                    report(location, problem)
                    continue
                }
                switch type.unwrapped {
                case .list, .object:
                    report(location, "cannot print a \(type); loop over it with 'for', or print one of its fields")
                case .image:
                    report(location, "an image is printed with the 'image' filter, as the src of an <img>")
                default:
                    if case .filter(let filter, _) = compiled, case .raw = filter {
                        result.append(.output(compiled, raw: true))
                    } else {
                        result.append(.output(compiled, raw: false))
                    }
                }
            case .conditional(let branches, let otherwise, _):
                var compiledBranches: [(CompiledExpression, [CompiledNode])] = []
                let stateBefore = html
                var stateAfter: HTMLContext?
                for (condition, body) in branches {
                    html = stateBefore
                    let compiledCondition = compileExpression(condition, in: scope)?.0 ?? .constant(.bool(false))
                    compiledBranches.append((compiledCondition, compile(body, in: &scope)))
                    if stateAfter == nil { stateAfter = html }
                }
                html = stateBefore
                let compiledOtherwise = compile(otherwise, in: &scope)
                html = stateAfter ?? html
                result.append(.conditional(compiledBranches, otherwise: compiledOtherwise))
            case .loop(let variable, let sequence, let body, let empty, let location):
                guard let (compiledSequence, type) = compileExpression(sequence, in: scope) else { continue }
                guard let element = type.listElement else {
                    report(location, "'for' needs a list to loop over, but '\(Self.describe(sequence))' is a \(type)")
                    continue
                }
                if variable == "loop" {
                    report(location, "'loop' is reserved for the loop's own properties (loop.index, loop.first, …); name the variable otherwise")
                    continue
                }
                let savedSlot = scope.nextSlot
                let itemSlot = scope.allocate()
                let indexSlot = scope.allocate()
                let lengthSlot = scope.allocate()
                scope.variables.append((variable, itemSlot, element))
                scope.loops.append((indexSlot, lengthSlot))
                let compiledBody = compile(body, in: &scope)
                scope.variables.removeLast()
                scope.loops.removeLast()
                let compiledEmpty = compile(empty, in: &scope)
                scope.nextSlot = savedSlot
                result.append(.loop(sequence: compiledSequence, itemSlot: itemSlot, indexSlot: indexSlot, lengthSlot: lengthSlot, body: compiledBody, empty: compiledEmpty))
            case .include(let name, let location):
                expandedIncludes += 1
                guard expandedIncludes <= Self.maximumIncludes else {
                    if expandedIncludes == Self.maximumIncludes + 1 {
                        report(location, "\(self.name) includes partials more than \(Self.maximumIncludes) times in all, counting the includes of includes (here: \(([self.name] + including + [name]).joined(separator: " → "))); include them fewer times")
                    }
                    continue
                }
                let included = resolve(name, from: location)
                including.append(name)
                result += compile(included, in: &scope)
                including.removeLast()
            case .block(_, let body, _):
                result += compile(body, in: &scope)
            case .extends(_, let location):
                report(location, "'extends' must come first in a template")
            case .culture:
                collectCulture(node)
            }
        }
        return result
    }

    // MARK: Expressions

    /// The compiled expression and its type, or nil after reporting why it does not compile.
    mutating func compileExpression(_ expression: Expression, in scope: Scope) -> (CompiledExpression, ValueType)? {
        do {
            return try typed(expression, in: scope)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    func typed(_ expression: Expression, in scope: Scope) throws(Diagnostic) -> (CompiledExpression, ValueType) {
        switch expression {
        case .literal(let value, _):
            return (.constant(value), Self.type(of: value))
        case .path(let names, let locations):
            return try path(names, locations, in: scope)
        case .filter(let input, let name, let arguments, let location):
            let (compiledInput, inputType) = try typed(input, in: scope)
            let checker = FilterChecker(name: name, input: inputType, arguments: arguments, location: location)
            let (filter, type) = try checker.check { (argument: Expression) throws(Diagnostic) -> (CompiledExpression, ValueType) in
                try typed(argument, in: scope)
            }
            return (.filter(filter, compiledInput), type)
        case .compare(let comparison, let left, let right, let location):
            let (compiledLeft, leftType) = try typed(left, in: scope)
            let (compiledRight, rightType) = try typed(right, in: scope)
            try Self.checkComparable(leftType, rightType, comparison, at: location, withNull: Self.isNull(left) || Self.isNull(right))
            return (.compare(comparison, compiledLeft, compiledRight), .bool)
        case .and(let left, let right):
            return (.and(try typed(left, in: scope).0, try typed(right, in: scope).0), .bool)
        case .or(let left, let right):
            return (.or(try typed(left, in: scope).0, try typed(right, in: scope).0), .bool)
        case .not(let inner, _):
            return (.not(try typed(inner, in: scope).0), .bool)
        }
    }

    private func path(_ names: [String], _ locations: [SourceLocation], in scope: Scope) throws(Diagnostic) -> (CompiledExpression, ValueType) {
        let start: PathStart
        var type: ValueType
        var positions: [Int] = []
        var index = 1
        if names[0] == "loop", let loop = scope.loops.last {
            guard names.count == 2, let property = LoopProperty(rawValue: names[1]) else {
                throw Diagnostic(severity: .error, location: locations[min(1, locations.count - 1)],
                                 message: "a loop has index, index0, first, last and length",
                                 hint: names.count > 1 ? Suggestions.closest(to: names[1], in: LoopProperty.allCases.map(\.rawValue)).map { "did you mean 'loop.\($0)'?" } : nil)
            }
            return (.loop(property, indexSlot: loop.indexSlot, lengthSlot: loop.lengthSlot), property.type)
        } else if let variable = scope.variables.last(where: { $0.name == names[0] }) {
            start = .local(variable.slot)
            type = variable.type
        } else if let position = contract.index(of: names[0]) {
            start = .root(position)
            type = contract.fields[position].type
        } else {
            let candidates = scope.variables.map(\.name) + contract.fields.map(\.name) + (scope.loops.isEmpty ? [] : ["loop"])
            throw Diagnostic(
                severity: .error, location: locations[0], message: "unknown name '\(names[0])'",
                hint: Suggestions.closest(to: names[0], in: candidates).map { "did you mean '\($0)'?" })
        }
        while index < names.count {
            guard let object = type.objectType else {
                throw Diagnostic(severity: .error, location: locations[index],
                                 message: "'\(names[..<index].joined(separator: "."))' is a \(type), which has no field '\(names[index])'")
            }
            guard let position = object.index(of: names[index]) else {
                throw Diagnostic(
                    severity: .error, location: locations[index], message: "\(object.name) has no field '\(names[index])'",
                    excerpt: names.joined(separator: "."),
                    hint: Suggestions.closest(to: names[index], in: object.fields.map(\.name)).map { "did you mean '\($0)'?" })
            }
            let wasOptional = type.isOptional
            positions.append(position)
            type = object.fields[position].type
            if wasOptional, !type.isOptional { type = .optional(type) }
            index += 1
        }
        switch (start, positions.isEmpty) {
        case (.root(let position), true): return (.root(position), type)
        case (.local(let slot), true): return (.local(slot), type)
        default: return (.path(start: start, positions: positions), type)
        }
    }

    /// Whether two values of these types can be compared with `comparison`. Anything compares
    /// with `null` by == and !=; numbers compare with numbers, money with money.
    static func checkComparable(_ left: ValueType, _ right: ValueType, _ comparison: ComparisonOperator, at location: SourceLocation, withNull: Bool) throws(Diagnostic) {
        let a = left.unwrapped
        let b = right.unwrapped
        if withNull {
            guard comparison == .equal || comparison == .notEqual else {
                throw Diagnostic(severity: .error, location: location, message: "only == and != compare with null")
            }
            return
        }
        let compatible = a == b || (left.isNumeric && right.isNumeric)
        guard compatible else {
            throw Diagnostic(severity: .error, location: location, message: "cannot compare a \(left) with a \(right)")
        }
        if comparison != .equal, comparison != .notEqual, !a.isOrderable {
            throw Diagnostic(severity: .error, location: location, message: "a \(left) has no order; only == and != compare it")
        }
    }

    static func isNull(_ expression: Expression) -> Bool {
        if case .literal(.null, _) = expression { return true }
        return false
    }

    static func type(of value: TemplateValue) -> ValueType {
        switch value {
        case .null: .optional(.string)
        case .bool: .bool
        case .integer: .integer
        case .decimal: .decimal
        case .money: .money
        case .string: .string
        case .date: .date
        case .image: .image
        case .list(let items): .list(items.first.map(type(of:)) ?? .string)
        case .object(let object): .object(object.type)
        }
    }

    static func describe(_ expression: Expression) -> String {
        switch expression {
        case .path(let names, _): names.joined(separator: ".")
        case .filter(let input, let name, _, _): "\(describe(input)) | \(name)"
        default: "the value"
        }
    }
}
