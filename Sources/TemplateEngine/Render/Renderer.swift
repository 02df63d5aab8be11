import ExactValues

/// Runs compiled nodes over one data object into a UTF-8 buffer. Nothing in the data can make it
/// fail: the compiler checked every type, and a value that is absent prints as nothing. Only its
/// limits stop it: the output's size, checked at every loop turn and piece of text, and the time,
/// every 1,024 loop turns (a render without loops is as long as its template).
struct Renderer {
    let root: TemplateObject
    let culture: Culture
    let syntax: OutputSyntax
    /// The base64 of images printed before, shared by every render of the template.
    let images: Base64Cache
    var locals: [TemplateValue]
    var output: [UInt8] = []
    let maximumBytes: Int
    let deadline: ContinuousClock.Instant?
    /// The limit that stopped the render, if one did.
    var exceeded: RenderLimitExceeded.Limit?
    private var turns = 0

    init(root: TemplateObject, culture: Culture, syntax: OutputSyntax, images: Base64Cache, slotCount: Int, capacity: Int, limits: RenderLimits? = nil) {
        self.root = root
        self.culture = culture
        self.syntax = syntax
        self.images = images
        self.locals = Array(repeating: .null, count: slotCount)
        maximumBytes = limits?.maximumBytes ?? .max
        deadline = limits.map { ContinuousClock.now.advanced(by: $0.maximumDuration) }
        output.reserveCapacity(capacity)
    }

    /// Runs `program` from its first instruction to its last (or until a limit stops it).
    mutating func render(_ program: RenderProgram) {
        // The open loops, innermost last: their items and the position of the current one.
        var loops: [(items: [TemplateValue], index: Int, itemSlot: Int, indexSlot: Int)] = []
        let text = program.text, instructions = program.instructions
        // Read once: taken from `self` at every print, while the output is being appended to,
        // the culture would be retained and released each time.
        let culture = culture
        var position = 0
        while position < instructions.count, exceeded == nil {
            switch instructions[position] {
            case .text(let start, let end):
                text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
                if output.count > maximumBytes { exceeded = .size(maximumBytes) }
                position += 1
            case .output(let expression, let raw):
                print(expression, escapedFor: raw ? .text : syntax, culture: culture, in: program)
                position += 1
            case .jumpUnless(let condition, let target):
                position = evaluate(condition, in: program).isTruthy ? position + 1 : target
            case .jump(let target):
                position = target
            case .loopStart(let sequence, let itemSlot, let indexSlot, let lengthSlot, let empty):
                guard case .list(let items) = evaluate(sequence, in: program), !items.isEmpty else {
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

    /// Prints the value of `program.operations[index]` escaped for `syntax`; a formatting filter
    /// and a value printed as it is are written straight into the output, without a string.
    private mutating func print(_ index: Int, escapedFor syntax: OutputSyntax, culture: Culture, in program: RenderProgram) {
        var value: TemplateValue
        if case .filter(let filterIndex, let input) = program.operations[index] {
            let filter = program.filters[filterIndex]
            value = evaluate(input, in: program)
            if case .image = filter {
                if case .image(let image) = value { DataURI.append(image, to: &output, syntax: syntax, cache: images) }
                return
            }
            if FilterFunctions.write(filter, value, culture: culture, { Escaping.append($0, to: &output, syntax: syntax) }) { return }
            value = FilterFunctions.apply(filter, to: value, culture: culture)
        } else {
            value = evaluate(index, in: program)
        }
        ValueFormatter.write(value, culture: culture) { Escaping.append($0, to: &output, syntax: syntax) }
    }

    /// False (and ``exceeded`` set) once the output or the time passed its limit.
    private mutating func withinLimits() -> Bool {
        if exceeded != nil { return false }
        if output.count > maximumBytes { exceeded = .size(maximumBytes) }
        turns &+= 1
        if turns & 1023 == 0, let deadline, ContinuousClock.now > deadline { exceeded = .duration(.zero) }
        return exceeded == nil
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
        case .path(let start, let fields):
            // The objects on the way are held by the root, or by a loop's items and slot, for the
            // whole evaluation (nothing changes them meanwhile), so they are followed unretained
            // (measured: about a tenth of a render's time); only the value at the end is copied.
            let first: Unmanaged<TemplateObject>?
            switch start {
            case .root(let position): first = root.unretainedObject(at: position)
            case .local(let slot): first = locals[slot].unretainedObject
            }
            guard var object = first else { return .null }
            for field in fields.dropLast() {
                guard let next = object._withUnsafeGuaranteedRef({ $0.unretainedObject(at: program.positions[field]) }) else { return .null }
                object = next
            }
            return object._withUnsafeGuaranteedRef { $0.value(at: program.positions[fields.upperBound - 1]) }
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
            return .bool(ValueComparison.compare(evaluate(left, in: program), evaluate(right, in: program), comparison))
        case .and(let left, let right):
            return .bool(evaluate(left, in: program).isTruthy && evaluate(right, in: program).isTruthy)
        case .or(let left, let right):
            return .bool(evaluate(left, in: program).isTruthy || evaluate(right, in: program).isTruthy)
        case .not(let inner):
            return .bool(!evaluate(inner, in: program).isTruthy)
        }
    }
}
