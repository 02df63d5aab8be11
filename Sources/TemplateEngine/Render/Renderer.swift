import ExactValues

/// Runs compiled nodes over one data object into a UTF-8 buffer. Nothing in the data can make it
/// fail: the compiler checked every type, and a value that is absent prints as nothing. Only its
/// limits stop it: the output's size, checked at every loop turn and piece of text, and the time,
/// every 1,024 loop turns (a render without loops is as long as its template).
///
/// Not copyable, and nothing in it changes while it renders but its variables' values, which it
/// holds in memory of its own: its methods and closures then borrow it instead of copying it (a
/// copy retains and releases every reference it holds).
struct Renderer: ~Copyable {
    let root: TemplateObject
    let culture: Culture
    let syntax: OutputSyntax
    /// The base64 of images printed before, shared by every render of the template.
    let images: Base64Cache
    /// The values of the template's variables (loop items, indexes and lengths), by slot.
    private let locals: UnsafeMutableBufferPointer<TemplateValue>
    let maximumBytes: Int
    let deadline: ContinuousClock.Instant?

    init(root: TemplateObject, culture: Culture, syntax: OutputSyntax, images: Base64Cache, slotCount: Int, limits: RenderLimits? = nil) {
        self.root = root
        self.culture = culture
        self.syntax = syntax
        self.images = images
        locals = .allocate(capacity: slotCount)
        locals.initialize(repeating: .null)
        maximumBytes = limits?.maximumBytes ?? .max
        deadline = limits.map { ContinuousClock.now.advanced(by: $0.maximumDuration) }
    }

    deinit {
        locals.deinitialize()
        locals.deallocate()
    }

    /// Runs `program` from its first instruction to its last, appending to `output`; the limit
    /// that stopped it, if one did.
    func render(_ program: RenderProgram, into output: inout OutputBuffer) -> RenderLimitExceeded.Limit? {
        program.text.withUnsafeBufferPointer { render(program, text: $0, into: &output) }
    }

    /// Runs `program`, whose literal text is `text`.
    private func render(
        _ program: RenderProgram, text: UnsafeBufferPointer<UInt8>, into output: inout OutputBuffer
    ) -> RenderLimitExceeded.Limit? {
        // The open loops, innermost last: their items and the position of the current one.
        var loops: [(items: [TemplateValue], index: Int, itemSlot: Int, indexSlot: Int)] = []
        var turns = 0
        let instructions = program.instructions
        var position = 0
        while position < instructions.count {
            switch instructions[position] {
            case .text(let start, let end):
                output.append(UnsafeBufferPointer(rebasing: text[start..<end]))
                if output.count > maximumBytes { return .size(maximumBytes) }
                position += 1
            case .output(let expression, let raw):
                print(expression, escapedFor: raw ? .text : syntax, in: program, into: &output)
                position += 1
            case .jumpUnless(let condition, let target):
                position = isTruthy(condition, in: program) ? position + 1 : target
            case .jump(let target):
                position = target
            case .loopStart(let sequence, let itemSlot, let indexSlot, let lengthSlot, let empty):
                guard case .list(let items) = evaluate(sequence, in: program), !items.isEmpty else {
                    position = empty
                    continue
                }
                if let exceeded = limitExceeded(outputSize: output.count, turns: &turns) { return exceeded }
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
                if let exceeded = limitExceeded(outputSize: output.count, turns: &turns) { return exceeded }
                loops[loop].index = index
                locals[loops[loop].itemSlot] = loops[loop].items[index]
                locals[loops[loop].indexSlot] = .integer(index)
                position = body
            }
        }
        return nil
    }

    /// Prints the value of `program.operations[index]` escaped for `syntax`; a formatting filter
    /// and a value printed as it is are written straight into the output, without a string.
    private func print(
        _ index: Int, escapedFor syntax: OutputSyntax, in program: RenderProgram, into output: inout OutputBuffer
    ) {
        guard case .filter(let filterIndex, let input) = program.operations[index] else {
            withValue(index, in: program) { value in
                ValueFormatter.write(value, culture: culture) { Escaping.append($0, to: &output, syntax: syntax) }
            }
            return
        }
        let filter = program.filters[filterIndex]
        let written = withValue(input, in: program) { value in
            if case .image = filter {
                if case .image(let image) = value { DataURI.append(image, to: &output, syntax: syntax, cache: images) }
                return true
            }
            return FilterFunctions.write(filter, value, culture: culture) { Escaping.append($0, to: &output, syntax: syntax) }
        }
        if written { return }
        let value = FilterFunctions.apply(filter, to: evaluate(input, in: program), culture: culture)
        ValueFormatter.write(value, culture: culture) { Escaping.append($0, to: &output, syntax: syntax) }
    }

    /// The limit passed at a loop turn, if any: the output's size (`outputSize` bytes), or
    /// the time, looked at every 1,024 `turns`.
    private func limitExceeded(outputSize: Int, turns: inout Int) -> RenderLimitExceeded.Limit? {
        if outputSize > maximumBytes { return .size(maximumBytes) }
        turns &+= 1
        if turns & 1023 == 0, let deadline, ContinuousClock.now > deadline { return .duration(.zero) }
        return nil
    }

    /// Whether the value of `program.operations[index]` is true in `if`.
    private func isTruthy(_ index: Int, in program: RenderProgram) -> Bool {
        withValue(index, in: program) { $0.isTruthy }
    }

    /// Hands the value of `program.operations[index]` to `body`. A field (what templates print
    /// and test most) is read where its object holds it, and no object on the way is retained,
    /// nor is the value passed back up through `evaluate`.
    private func withValue<Result>(_ index: Int, in program: RenderProgram, _ body: (TemplateValue) -> Result) -> Result {
        let object: Unmanaged<TemplateObject>
        let position: Int
        switch program.operations[index] {
        case .root(let field):
            object = Unmanaged.passUnretained(root)
            position = field
        case .path(let start, let fields):
            // The objects on the way are held by the root, or by a loop's items and slot, for the
            // whole evaluation (nothing changes them meanwhile), so they are followed unretained.
            let first: Unmanaged<TemplateObject>?
            switch start {
            case .root(let field): first = root.unretainedObject(at: field)
            case .local(let slot): first = locals[slot].unretainedObject
            }
            guard var current = first else { return body(.null) }
            for field in fields.lowerBound..<fields.upperBound - 1 {
                guard let next = current._withUnsafeGuaranteedRef({ $0.unretainedObject(at: program.positions[field]) }) else {
                    return body(.null)
                }
                current = next
            }
            object = current
            position = program.positions[fields.upperBound - 1]
        default:
            return body(evaluate(index, in: program))
        }
        return object._withUnsafeGuaranteedRef { $0.withValue(at: position, body) }
    }

    /// The value of `program.operations[index]`.
    func evaluate(_ index: Int, in program: RenderProgram) -> TemplateValue {
        switch program.operations[index] {
        case .constant(let constant):
            return program.constants[constant]
        case .root(let position):
            return root[position]
        case .local(let slot):
            return locals[slot]
        case .path:
            return withValue(index, in: program) { $0 }
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
            return FilterFunctions.apply(program.filters[filter], to: evaluate(input, in: program), culture: culture)
        case .fallback(let input, let fallback):
            let value = evaluate(input, in: program)
            switch value {
            case .null: return evaluate(fallback, in: program)
            case .string(let text) where text.isEmpty: return evaluate(fallback, in: program)
            default: return value
            }
        case .compare(let comparison, let left, let right):
            return .bool(withValue(left, in: program) { left in
                withValue(right, in: program) { right in ValueComparison.compare(left, right, comparison) }
            })
        case .and(let left, let right):
            return .bool(isTruthy(left, in: program) && isTruthy(right, in: program))
        case .or(let left, let right):
            return .bool(isTruthy(left, in: program) || isTruthy(right, in: program))
        case .not(let inner):
            return .bool(!isTruthy(inner, in: program))
        }
    }
}
