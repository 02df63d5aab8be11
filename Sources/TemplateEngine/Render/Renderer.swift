import ExactValues

/// Runs compiled nodes over one data object into a UTF-8 buffer. Nothing in the data can make it
/// fail: the compiler checked every type, and a value that is absent prints as nothing. Only its
/// limits stop it: the output's size, checked at every loop turn and piece of text, and the time,
/// every 1,024 loop turns (a render without loops is as long as its template).
struct Renderer {
    let root: TemplateObject
    let culture: Culture
    let syntax: OutputSyntax
    var locals: [TemplateValue]
    var output: [UInt8] = []
    let maximumBytes: Int
    let deadline: ContinuousClock.Instant?
    /// The limit that stopped the render, if one did.
    var exceeded: RenderLimitExceeded.Limit?
    private var turns = 0

    init(root: TemplateObject, culture: Culture, syntax: OutputSyntax, slotCount: Int, limits: RenderLimits? = nil) {
        self.root = root
        self.culture = culture
        self.syntax = syntax
        self.locals = Array(repeating: .null, count: slotCount)
        maximumBytes = limits?.maximumBytes ?? .max
        deadline = limits.map { ContinuousClock.now.advanced(by: $0.maximumDuration) }
        output.reserveCapacity(16 * 1024)
    }

    /// Runs `program` from its first instruction to its last (or until a limit stops it).
    mutating func render(_ program: RenderProgram) {
        // The open loops, innermost last: their items and the position of the current one.
        var loops: [(items: [TemplateValue], index: Int, itemSlot: Int, indexSlot: Int)] = []
        let text = program.text, instructions = program.instructions, expressions = program.expressions
        var position = 0
        while position < instructions.count, exceeded == nil {
            switch instructions[position] {
            case .text(let start, let end):
                text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
                if output.count > maximumBytes { exceeded = .size(maximumBytes) }
                position += 1
            case .output(let expression, let raw):
                let printed = ValueFormatter.text(of: evaluate(expressions[expression]), culture: culture)
                if raw {
                    output.append(contentsOf: printed.utf8)
                } else {
                    Escaping.append(printed, to: &output, syntax: syntax)
                }
                position += 1
            case .jumpUnless(let condition, let target):
                position = evaluate(expressions[condition]).isTruthy ? position + 1 : target
            case .jump(let target):
                position = target
            case .loopStart(let sequence, let itemSlot, let indexSlot, let lengthSlot, let empty):
                guard case .list(let items) = evaluate(expressions[sequence]), !items.isEmpty else {
                    position = empty
                    continue
                }
                guard withinLimits() else { return }
                locals[lengthSlot] = .integer(items.count)
                locals[itemSlot] = items[0]
                locals[indexSlot] = .integer(0)
                loops.append((items, 0, itemSlot, indexSlot))
                position += 1
            case .loopNext(let body, let exit):
                let loop = loops.count - 1
                let index = loops[loop].index + 1
                guard index < loops[loop].items.count else {
                    loops.removeLast()
                    position = exit
                    continue
                }
                guard withinLimits() else { return }
                loops[loop].index = index
                locals[loops[loop].itemSlot] = loops[loop].items[index]
                locals[loops[loop].indexSlot] = .integer(index)
                position = body
            }
        }
    }

    /// False (and ``exceeded`` set) once the output or the time passed its limit.
    private mutating func withinLimits() -> Bool {
        if exceeded != nil { return false }
        if output.count > maximumBytes { exceeded = .size(maximumBytes) }
        turns &+= 1
        if turns & 1023 == 0, let deadline, ContinuousClock.now > deadline { exceeded = .duration(.zero) }
        return exceeded == nil
    }

    func evaluate(_ expression: CompiledExpression) -> TemplateValue {
        switch expression {
        case .constant(let value):
            return value
        case .root(let position):
            return root[position]
        case .local(let slot):
            return locals[slot]
        case .path(let start, let positions):
            var value: TemplateValue
            switch start {
            case .root(let position): value = root[position]
            case .local(let slot): value = locals[slot]
            }
            for position in positions {
                guard case .object(let object) = value, position < object.values.count else { return .null }
                value = object[position]
            }
            return value
        case .loop(let property, let indexSlot, let lengthSlot):
            guard case .integer(let index) = locals[indexSlot], case .integer(let length) = locals[lengthSlot] else { return .null }
            switch property {
            case .index: return .integer(index + 1)
            case .index0: return .integer(index)
            case .first: return .bool(index == 0)
            case .last: return .bool(index == length - 1)
            case .length: return .integer(length)
            }
        case .filter(let filter, let input):
            return apply(filter, to: evaluate(input))
        case .compare(let comparison, let left, let right):
            return .bool(ValueComparison.compare(evaluate(left), evaluate(right), comparison))
        case .and(let left, let right):
            return .bool(evaluate(left).isTruthy && evaluate(right).isTruthy)
        case .or(let left, let right):
            return .bool(evaluate(left).isTruthy || evaluate(right).isTruthy)
        case .not(let inner):
            return .bool(!evaluate(inner).isTruthy)
        }
    }

    func apply(_ filter: Filter, to value: TemplateValue) -> TemplateValue {
        switch filter {
        case .defaultValue(let fallback):
            switch value {
            case .null: return evaluate(fallback)
            case .string(let text) where text.isEmpty: return evaluate(fallback)
            default: return value
            }
        default:
            return FilterFunctions.apply(filter, to: value, culture: culture)
        }
    }
}
