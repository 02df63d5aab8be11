/// A compiled template flattened for rendering: its literal text back to back in one buffer,
/// its expressions in one list, and a list of instructions that refer to both by position.
/// Walking it copies no reference-counted value but the data it prints — the tree of
/// ``CompiledNode``s it is made from would retain and release a node's text and children at
/// every step.
struct RenderProgram: Sendable {
    /// One step; every operand is a position, so an instruction is a plain value.
    enum Instruction: Sendable {
        /// Copy `text[start..<end]`.
        case text(start: Int, end: Int)
        /// Print `expressions[expression]`, escaped unless `raw`.
        case output(expression: Int, raw: Bool)
        /// Go on at `target` when `expressions[condition]` is not truthy.
        case jumpUnless(condition: Int, target: Int)
        case jump(target: Int)
        /// Open a loop over `expressions[sequence]`: with no items go on at `empty` (the `else`
        /// body, which ends where the loop does), else set the loop's slots to the first item.
        case loopStart(sequence: Int, itemSlot: Int, indexSlot: Int, lengthSlot: Int, empty: Int)
        /// End of a loop's body: go back to `body` with the next item, or close the loop and go
        /// on at `exit`.
        case loopNext(body: Int, exit: Int)
    }

    let text: [UInt8]
    let expressions: [CompiledExpression]
    let instructions: [Instruction]

    init(_ nodes: [CompiledNode]) {
        var builder = Builder()
        builder.emit(nodes)
        text = builder.text
        expressions = builder.expressions
        instructions = builder.instructions
    }

    private struct Builder {
        var text: [UInt8] = []
        var expressions: [CompiledExpression] = []
        var instructions: [Instruction] = []

        mutating func expression(_ expression: CompiledExpression) -> Int {
            expressions.append(expression)
            return expressions.count - 1
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
