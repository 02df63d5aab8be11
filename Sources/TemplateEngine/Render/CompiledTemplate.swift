import ExactValues

/// A template checked and compiled once, ready to render any number of times, from any thread.
public struct CompiledTemplate: Sendable {
    /// The template's name, as asked for.
    public let name: String
    public let syntax: OutputSyntax
    let program: RenderProgram
    let slotCount: Int
    /// The base64 of the images its renders printed, kept for the next ones.
    let images = Base64Cache()
    /// The size of its last output, reserved by the next render.
    let outputSize = OutputSizeHint()
    /// The culture the template sets with `{% culture "…" %}`, which wins over the one asked for.
    public let culture: Culture?
    /// The text of every template file it was made from (itself, its layouts and includes), by name.
    public let sources: [String: String]

    init(name: String, syntax: OutputSyntax, nodes: [CompiledNode], slotCount: Int, culture: Culture?, sources: [String: String]) {
        self.name = name
        self.syntax = syntax
        program = RenderProgram(nodes)
        self.slotCount = slotCount
        self.culture = culture
        self.sources = sources
    }

    /// The output for `data` (an object of the contract type), with money, numbers and dates
    /// formatted in `culture` unless the template sets its own.
    public func render(_ data: TemplateObject, culture: Culture) -> String {
        String(decoding: renderBytes(data, culture: culture), as: UTF8.self)
    }

    /// The output as UTF-8 bytes.
    public func renderBytes(_ data: TemplateObject, culture: Culture) -> [UInt8] {
        render(data, culture: culture, limits: nil).output
    }

    /// The output as UTF-8 bytes, stopped with an error when it passes `limits`.
    public func renderBytes(_ data: TemplateObject, culture: Culture, limits: RenderLimits) throws(RenderLimitExceeded) -> [UInt8] {
        let (output, exceeded) = render(data, culture: culture, limits: limits)
        switch exceeded {
        case .size?: throw RenderLimitExceeded(template: name, limit: .size(limits.maximumBytes))
        case .duration?: throw RenderLimitExceeded(template: name, limit: .duration(limits.maximumDuration))
        case nil: break
        }
        if output.count > limits.maximumBytes { throw RenderLimitExceeded(template: name, limit: .size(limits.maximumBytes)) }
        return output
    }

    /// Renders into an array reserved at the size of the last output (less than `limits` allow),
    /// and says which limit stopped the render, if one did.
    private func render(_ data: TemplateObject, culture: Culture, limits: RenderLimits?) -> (output: [UInt8], exceeded: RenderLimitExceeded.Limit?) {
        let capacity = min(outputSize.capacity, limits?.maximumBytes ?? .max)
        var exceeded: RenderLimitExceeded.Limit?
        var spilled: [UInt8]?
        let reserved = [UInt8](unsafeUninitializedCapacity: capacity) { memory, count in
            let renderer = Renderer(
                root: data, culture: self.culture ?? culture, syntax: syntax, images: images, slotCount: slotCount, limits: limits)
            var output = OutputBuffer(writingInto: memory)
            exceeded = renderer.render(program, into: &output)
            count = output.finish(spilled: &spilled)
        }
        let output = spilled ?? reserved
        outputSize.record(output.count)
        return (output, exceeded)
    }

    /// Joins neighbouring text nodes, so rendering appends fewer, larger pieces.
    static func mergingText(_ nodes: [CompiledNode]) -> [CompiledNode] {
        var result: [CompiledNode] = []
        for node in nodes {
            switch node {
            case .text(let bytes):
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + bytes)
                } else if !bytes.isEmpty {
                    result.append(node)
                }
            case .conditional(let branches, let otherwise):
                result.append(.conditional(branches.map { ($0.0, mergingText($0.1)) }, otherwise: mergingText(otherwise)))
            case .loop(let sequence, let itemSlot, let indexSlot, let lengthSlot, let body, let empty):
                result.append(.loop(sequence: sequence, itemSlot: itemSlot, indexSlot: indexSlot, lengthSlot: lengthSlot, body: mergingText(body), empty: mergingText(empty)))
            case .output:
                result.append(node)
            }
        }
        return result
    }
}
