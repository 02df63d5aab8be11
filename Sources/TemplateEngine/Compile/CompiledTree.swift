/// A property of the innermost loop: `loop.index` (from 1), `loop.index0`, `loop.first`,
/// `loop.last`, `loop.length`.
enum LoopProperty: String, CaseIterable, Sendable {
    case index, index0, first, last, length

    var type: ValueType {
        switch self {
        case .index, .index0, .length: .integer
        case .first, .last: .bool
        }
    }
}

/// Where a field path starts.
enum PathStart: Sendable {
    case root(Int)
    case local(Int)
}

/// An expression resolved against the data contract: variables are slots, fields are positions,
/// filters are checked. Evaluating it cannot fail.
indirect enum CompiledExpression: Sendable {
    case constant(TemplateValue)
    /// A field of the root object.
    case root(Int)
    /// A loop variable, by slot.
    case local(Int)
    /// Fields followed one after the other from a root field or a loop variable:
    /// `positions[0]` of the start, then `positions[1]` of that, …
    case path(start: PathStart, positions: [Int])
    /// A property of the loop whose index is kept in `indexSlot` and length in `lengthSlot`.
    case loop(LoopProperty, indexSlot: Int, lengthSlot: Int)
    case filter(Filter, CompiledExpression)
    case compare(ComparisonOperator, CompiledExpression, CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case or(CompiledExpression, CompiledExpression)
    case not(CompiledExpression)
}

/// A statement ready to render.
indirect enum CompiledNode: Sendable {
    /// Literal output, already UTF-8.
    case text([UInt8])
    /// A value printed escaped for the output syntax (or raw, after the `raw` filter).
    case output(CompiledExpression, raw: Bool)
    case conditional([(CompiledExpression, [CompiledNode])], otherwise: [CompiledNode])
    case loop(sequence: CompiledExpression, itemSlot: Int, indexSlot: Int, lengthSlot: Int, body: [CompiledNode], empty: [CompiledNode])
}
