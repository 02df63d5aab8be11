/// A compiled template flattened for rendering: its literal text back to back in one buffer,
/// its expressions as operations in one list, and a list of instructions that refer to both by
/// position. Walking it copies no reference-counted value but the data it prints — the trees of
/// ``CompiledNode``s and ``CompiledExpression``s it is made from would retain and release a
/// node's text, children and operands at every step.
struct RenderProgram: Sendable {
    /// One step; every operand is a position, so an instruction is a plain value.
    enum Instruction: Sendable {
        /// Copy `text[start..<end]`.
        case text(start: Int, end: Int)
        /// Print the value of `operations[expression]`, escaped unless `raw`.
        case output(expression: Int, raw: Bool)
        /// Go on at `target` when the value of `operations[condition]` is not truthy.
        case jumpUnless(condition: Int, target: Int)
        case jump(target: Int)
        /// Open a loop over the value of `operations[sequence]`: with no items go on at `empty`
        /// (the `else` body, which ends where the loop does), else set the loop's slots to the
        /// first item.
        case loopStart(sequence: Int, itemSlot: Int, indexSlot: Int, lengthSlot: Int, empty: Int)
        /// End of a loop's body: go back to `body` with the next item, or close the loop and go
        /// on at `exit`.
        case loopNext(body: Int, exit: Int)
    }

    /// One step of an expression, a plain value too: its operands are positions in
    /// ``operations`` (which come before it), ``constants``, ``filters`` and ``positions``.
    enum Operation: Sendable {
        case constant(Int)
        case root(Int)
        case local(Int)
        /// Fields followed from a root field or a loop variable: `positions[fields]`, in order.
        case path(start: PathStart, fields: Range<Int>)
        case loop(LoopProperty, indexSlot: Int, lengthSlot: Int)
        case filter(Int, input: Int)
        /// The `default` filter: `input`'s value unless it is absent or empty, else `fallback`'s.
        case fallback(input: Int, fallback: Int)
        case compare(ComparisonOperator, Int, Int)
        case and(Int, Int)
        case or(Int, Int)
        case not(Int)
    }

    let text: [UInt8]
    let instructions: [Instruction]
    let operations: [Operation]
    let constants: [TemplateValue]
    let filters: [Filter]
    let positions: [Int]

    init(_ nodes: [CompiledNode]) {
        var builder = Builder()
        builder.emit(nodes)
        text = builder.text
        instructions = builder.instructions
        operations = builder.operations
        constants = builder.constants
        filters = builder.filters
        positions = builder.positions
    }

    private struct Builder {
        var text: [UInt8] = []
        var instructions: [Instruction] = []
        var operations: [Operation] = []
        var constants: [TemplateValue] = []
        var filters: [Filter] = []
        var positions: [Int] = []

        /// Adds `expression`'s operations, operands first; returns the position of its last.
        mutating func expression(_ expression: CompiledExpression) -> Int {
            let operation: Operation
            switch expression {
            case .constant(let value):
                constants.append(value)
                operation = .constant(constants.count - 1)
            case .root(let position):
                operation = .root(position)
            case .local(let slot):
                operation = .local(slot)
            case .path(let start, let fields):
                positions.append(contentsOf: fields)
                operation = .path(start: start, fields: positions.count - fields.count..<positions.count)
            case .loop(let property, let indexSlot, let lengthSlot):
                operation = .loop(property, indexSlot: indexSlot, lengthSlot: lengthSlot)
            case .filter(.defaultValue(let fallback), let input):
                operation = .fallback(input: self.expression(input), fallback: self.expression(fallback))
            case .filter(let filter, let input):
                let input = self.expression(input)
                filters.append(filter)
                operation = .filter(filters.count - 1, input: input)
            case .compare(let comparison, let left, let right):
                operation = .compare(comparison, self.expression(left), self.expression(right))
            case .and(let left, let right):
                operation = .and(self.expression(left), self.expression(right))
            case .or(let left, let right):
                operation = .or(self.expression(left), self.expression(right))
            case .not(let inner):
                operation = .not(self.expression(inner))
            }
            operations.append(operation)
            return operations.count - 1
        }

        mutating func emit(_ nodes: [CompiledNode]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    let start = text.count
                    text.append(contentsOf: bytes)
                    instructions.append(.text(start: start, end: text.count))
                case .output(let value, let raw):
                    instructions.append(.output(expression: expression(value), raw: raw))
                case .conditional(let branches, let otherwise):
                    var exits: [Int] = []
                    for (condition, body) in branches {
                        let test = instructions.count
                        instructions.append(.jump(target: -1))
                        emit(body)
                        exits.append(instructions.count)
                        instructions.append(.jump(target: -1))
                        instructions[test] = .jumpUnless(condition: expression(condition), target: instructions.count)
                    }
                    emit(otherwise)
                    for exit in exits { instructions[exit] = .jump(target: instructions.count) }
                case .loop(let sequence, let itemSlot, let indexSlot, let lengthSlot, let body, let empty):
                    let start = instructions.count
                    instructions.append(.jump(target: -1))
                    emit(body)
                    let next = instructions.count
                    instructions.append(.jump(target: -1))
                    let emptyStart = instructions.count
                    emit(empty)
                    instructions[start] = .loopStart(
                        sequence: expression(sequence), itemSlot: itemSlot, indexSlot: indexSlot, lengthSlot: lengthSlot, empty: emptyStart)
                    instructions[next] = .loopNext(body: start + 1, exit: instructions.count)
                }
            }
        }
    }
}
