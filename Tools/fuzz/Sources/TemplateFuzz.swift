import ExactValues
import TemplateEngine

/// libFuzzer's entry for the template engine: the input is a template, compiled against a small
/// contract (with a layout and a partial beside it) and, when it compiles, rendered in two
/// cultures within limits. A diagnostic or a stopped render is a fine answer; only a crash
/// (a trap, an overflow, a stack overflow, an address error) is a finding.
enum TemplateFuzz {
    static let line = ObjectType("line", fields: [
        .init("name", .string), .init("category", .string), .init("quantity", .decimal), .init("price", .money), .init("rank", .integer),
    ])
    static let order = ObjectType("order", fields: [
        .init("number", .string), .init("lines", .list(.object(line))), .init("total", .money), .init("date", .date),
        .init("paid", .bool), .init("notes", .list(.string)), .init("email", .optional(.string)),
    ])
    static let data: TemplateObject = {
        let lines: [TemplateValue] = (1...3).map { rank in
            .object(TemplateObject(line, [
                "name": .string("Item <\(rank)> & \"more\""), "category": .string(rank == 2 ? "B" : "A"),
                "quantity": .decimal(ExactDecimal(significand: Int128(rank * 1_250), scale: 3)),
                "price": .money(ExactDecimal(significand: Int128(rank) * 99_999_999_999_999_999, scale: 2), .usd), "rank": .integer(rank),
            ]))
        }
        return TemplateObject(order, [
            "number": .string("10248"), "lines": .list(lines), "total": .money(ExactDecimal(significand: 170_141_183_460_469_231_731_687_303_715_884_105_727, scale: 2), .usd),
            "date": .date(LocalDate(year: 2026, month: 2, day: 28)!), "paid": .bool(true), "notes": .list([.string("a"), .string("")]), "email": .null,
        ])
    }()
    static let cultures = [Culture.invariant, Culture.named("sv-SE")!]
    static let limits = RenderLimits(maximumBytes: 1 << 22, maximumDuration: .seconds(2))

    static func run(_ text: String) {
        let loader = InMemoryTemplateLoader([
            "main.html": text, "main.xml": text, "layout.html": "<b>{% block body %}{% endblock %}</b>", "partial.html": text,
        ])
        let compiler = TemplateCompiler(contract: order, loader: loader)
        for name in ["main.html", "main.xml"] {
            guard let template = try? compiler.compile(name) else { continue }
            for culture in cultures { _ = try? template.renderBytes(data, culture: culture, limits: limits) }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    TemplateFuzz.run(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
