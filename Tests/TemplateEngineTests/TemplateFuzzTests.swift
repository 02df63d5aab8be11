import ExactValues
import TemplateEngine
import XCTest

/// Random bytes and mutated templates thrown at the compiler and renderer: every input either
/// compiles and renders, or fails with diagnostics; nothing crashes or hangs.
final class TemplateFuzzTests: XCTestCase {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let corpus = [
        "{% for line in lines | groupby(\"category\") %}<h2>{{ line.groupField }}</h2>{% for l in line.items %}<td>{{ l.price | money }}</td>{% endfor %}{% endfor %}",
        "{% if paid and total > 0 %}{{ total | money(2) }}{% elif not paid %}{{ date | date(\"long\") }}{% else %}-{% endif %}",
        "{% extends \"layout.html\" %}{% block body %}{{ customer.name | upper }}{% endblock %}",
        "<p title=\"{{ customer.email | default('none') }}\">{{ notes | join(\", \") }}</p>{# note #}{%- raw %}{{ x }}{% endraw -%}",
        "{% for l in lines | sortby(\"rank\", \"desc\") %}{{ loop.index }}{{ l.quantity | number(2) }}{{ l.discountPercent | percent }}{% endfor %}",
    ]
    static let fragments = ["{{", "}}", "{%", "%}", "{#", "#}", "-", "|", "\"", "'", "(", ")", ".", "for", "endfor", "if", "endif", "else",
                            "elif", "in", "lines", "line", "total", "money", "groupby", "block", "extends", "include", "raw", "endraw", "<", ">",
                            "==", "not", "and", "loop", "null", "9999999999999999999999999999999999999999", "0.5", "\u{0}", "é", "\n"]

    func compileAndRender(_ text: String) {
        let loader = InMemoryTemplateLoader(["main.html": text, "main.xml": text, "layout.html": "<b>{% block body %}{% endblock %}</b>"])
        let compiler = TemplateCompiler(contract: TestContract.order, loader: loader)
        for name in ["main.html", "main.xml"] {
            if let template = try? compiler.compile(name) {
                _ = template.renderBytes(TestContract.sample, culture: .invariant)
                _ = template.renderBytes(TestContract.sample, culture: Culture.named("sv-SE")!)
            }
        }
    }

    func testRandomBytesNeverCrash() {
        var random = Random(state: 1)
        for _ in 0..<2000 {
            let bytes = (0..<random.below(200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            compileAndRender(String(decoding: bytes, as: UTF8.self))
        }
    }

    func testMutatedTemplatesNeverCrash() {
        var random = Random(state: 42)
        for _ in 0..<4000 {
            var text = Array(Self.corpus[random.below(Self.corpus.count)].unicodeScalars)
            for _ in 0..<(1 + random.below(4)) {
                let position = random.below(text.count + 1)
                switch random.below(3) {
                case 0:
                    text.insert(contentsOf: Self.fragments[random.below(Self.fragments.count)].unicodeScalars, at: position)
                case 1 where !text.isEmpty:
                    text.removeSubrange(min(position, text.count - 1)..<min(text.count, position + 1 + random.below(6)))
                default:
                    if !text.isEmpty { text[min(position, text.count - 1)] = Self.fragments[random.below(Self.fragments.count)].unicodeScalars.first! }
                }
            }
            var string = ""
            string.unicodeScalars.append(contentsOf: text)
            compileAndRender(string)
        }
    }

    func testTheCorpusItselfCompiles() throws {
        let loader = InMemoryTemplateLoader(Dictionary(uniqueKeysWithValues: Self.corpus.enumerated().map { ("t\($0.offset).html", $0.element) } + [("layout.html", "<b>{% block body %}{% endblock %}</b>")]))
        let compiler = TemplateCompiler(contract: TestContract.order, loader: loader)
        for index in Self.corpus.indices {
            XCTAssertEqual(compiler.check("t\(index).html"), [], Self.corpus[index])
        }
    }
}
