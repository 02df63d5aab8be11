import ExactValues
import Foundation
import TemplateEngine
import XCTest

final class TemplateRenderingTests: XCTestCase {
    func testOutputsEscapeForHTML() throws {
        XCTAssertEqual(try TestContract.render("<p title=\"{{ customer.name }}\">{{ customer.name }}</p>"),
                       "<p title=\"Vins &amp; &lt;Chevalier&gt; &quot;Fils&quot;\">Vins &amp; &lt;Chevalier&gt; &quot;Fils&quot;</p>")
    }

    func testRawPrintsUnescapedOnlyWhenAsked() throws {
        XCTAssertEqual(try TestContract.render("{{ customer.name | raw }}"), "Vins & <Chevalier> \"Fils\"")
    }

    func testXMLEscapesAndDropsForbiddenCharacters() throws {
        let line = TemplateObject(TestContract.order, ["number": .string("a\u{1}b<&>\u{FFFE}c"), "customer": .object(TemplateObject(TestContract.customer, ["name": .string("")])), "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false), "notes": .list([])])
        let template = try TestContract.compile(["doc.xml": "<n>{{ number }}</n>"], "doc.xml")
        XCTAssertEqual(template.syntax, .xml)
        XCTAssertEqual(template.render(line, culture: .invariant), "<n>ab&lt;&amp;&gt;c</n>")
    }

    func testTheImageFilterWritesADataURIWhoseBase64IsFoundations() throws {
        let template = try TestContract.compile(["main.html": "<img src=\"{{ customer.logo | image }}\">|{{ customer.logo | image | default(\"none\") }}"])
        var generator = SystemRandomNumberGenerator()
        // Every remainder of the length modulo 3 (padding of 0, 1 and 2), and every byte value.
        for count in Array(0...7) + [255, 256, 257, 4_096] {
            let bytes = (0..<count).map { $0 < 256 ? UInt8($0) : UInt8.random(in: 0...255, using: &generator) }
            let data = TemplateObject(TestContract.order, [
                "number": .string("1"), "customer": .object(TemplateObject(TestContract.customer, [
                    "name": .string("x"), "logo": .image(TemplateImage(mediaType: "image/png", bytes: bytes)),
                ])),
                "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false), "notes": .list([]),
            ])
            let uri = "data:image/png;base64," + Data(bytes).base64EncodedString()
            XCTAssertEqual(template.render(data, culture: .invariant), "<img src=\"\(uri)\">|\(uri)", "\(count) bytes")
        }
    }

    func testAnImageChangedInPlaceAfterARenderPrintsItsNewBytes() throws {
        // One compiled template keeps the base64 of the images it printed: an array changed after
        // a render, or another image of the same length, must not get the old encoding.
        let template = try TestContract.compile(["main.html": "{{ customer.logo | image }}"])
        func render(_ bytes: [UInt8]) -> String {
            template.render(TemplateObject(TestContract.order, [
                "number": .string("1"), "customer": .object(TemplateObject(TestContract.customer, [
                    "name": .string("x"), "logo": .image(TemplateImage(mediaType: "image/png", bytes: bytes)),
                ])),
                "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false), "notes": .list([]),
            ]), culture: .invariant)
        }
        var bytes = [UInt8](repeating: 7, count: 300)
        XCTAssertEqual(render(bytes), "data:image/png;base64," + Data(bytes).base64EncodedString())
        bytes[150] = 8
        XCTAssertEqual(render(bytes), "data:image/png;base64," + Data(bytes).base64EncodedString())
        let other = [UInt8](repeating: 9, count: 300)
        XCTAssertEqual(render(other), "data:image/png;base64," + Data(other).base64EncodedString())
        XCTAssertEqual(render(bytes), "data:image/png;base64," + Data(bytes).base64EncodedString(), "printed again from the cache")
    }

    func testARenderReservesTheLastOutputsSizeInsteadOfGrowingItsBuffer() throws {
        // 100 KB printed a piece at a time outgrows the 16 KB the first render reserves: it goes on
        // in memory of its own and is copied once into an array of its size. The next render
        // reserves about the size it saw, so it neither grows nor holds much more than it needs.
        let template = try TestContract.compile(["main.html": "{% for note in notes %}{{ note }}{% endfor %}"])
        let data = TemplateObject(TestContract.order, [
            "number": .string("1"), "customer": .object(TemplateObject(TestContract.customer, ["name": .string("x")])),
            "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false),
            "notes": .list(Array(repeating: .string("0123456789"), count: 10_000)),
        ])
        let first = template.renderBytes(data, culture: .invariant), second = template.renderBytes(data, culture: .invariant)
        XCTAssertEqual(first.count, 100_000)
        XCTAssertEqual(second, first)
        XCTAssertLessThan(first.capacity, 120 * 1024)
        XCTAssertGreaterThanOrEqual(second.capacity, 100_000)
        XCTAssertLessThan(second.capacity, 120 * 1024)
    }

    func testIntegersPrintInPlainDecimalDigits() throws {
        let template = try TestContract.compile(["main.html": "{% for line in lines %}[{{ line.rank }}]{% endfor %}"])
        let data = TemplateObject(TestContract.order, [
            "number": .string("1"), "customer": .object(TemplateObject(TestContract.customer, ["name": .string("x")])),
            "lines": .list([0, 7, -42, 1_000_000, Int.max, Int.min].map { TestContract.line("a", "b", quantity: "1", price: "1", rank: $0) }),
            "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false),
        ])
        XCTAssertEqual(
            template.render(data, culture: Culture.named("sv-SE")!),
            "[0][7][-42][1000000][9223372036854775807][-9223372036854775808]", "no grouping, no culture: the number as it is")
    }

    func testAPieceLargerThanTheReservedMemoryIsWrittenWhole() throws {
        // One escaped value of 60 KB into the 16 KB a first render reserves: the buffer grows to
        // hold the piece at once, the text around it stays in place, and the next render (which
        // reserves about that much) writes the same bytes where it reserved them.
        let template = try TestContract.compile(["main.html": "<p>{{ number }}</p>{{ customer.name }}<p>end</p>"])
        let text = String(repeating: "a<b&c", count: 12_000)
        let data = TemplateObject(TestContract.order, [
            "number": .string("N-1"), "customer": .object(TemplateObject(TestContract.customer, ["name": .string(text)])),
            "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false),
        ])
        let expected = "<p>N-1</p>" + String(repeating: "a&lt;b&amp;c", count: 12_000) + "<p>end</p>"
        XCTAssertEqual(template.render(data, culture: .invariant), expected)
        XCTAssertEqual(template.render(data, culture: .invariant), expected)
    }

    func testAnImageMediaTypeIsEscaped() throws {
        let template = try TestContract.compile(["main.html": "{{ customer.logo | image }}"])
        let data = TemplateObject(TestContract.order, [
            "number": .string("1"), "customer": .object(TemplateObject(TestContract.customer, [
                "name": .string("x"), "logo": .image(TemplateImage(mediaType: "image/\"><x", bytes: [1])),
            ])),
            "lines": .list([]), "total": .money(0, .usd), "date": .date(LocalDate("2026-01-01")!), "paid": .bool(false), "notes": .list([]),
        ])
        XCTAssertEqual(template.render(data, culture: .invariant), "data:image/&quot;&gt;&lt;x;base64,AQ==")
    }

    func testTextTemplatesAreNotEscaped() throws {
        XCTAssertEqual(try TestContract.render("Order {{ number }} for {{ customer.name }}", name: "subject.txt"), "Order 10248 for Vins & <Chevalier> \"Fils\"")
    }

    func testLoopsWithLoopProperties() throws {
        let output = try TestContract.render("{% for line in lines %}{{ loop.index }}/{{ loop.length }} {{ line.name }}{% if loop.first %} (first){% endif %}{% if loop.last %} (last){% endif %};{% endfor %}")
        XCTAssertEqual(output, "1/3 Queso Cabrales (first);2/3 Singaporean Hokkien Fried Mee;3/3 Mozzarella di Giovanni (last);")
    }

    func testLoopElseRunsForAnEmptyList() throws {
        var fields = [String: TemplateValue]()
        for field in TestContract.order.fields { fields[field.name] = TestContract.sample[field.name] }
        fields["lines"] = .list([])
        let empty = TemplateObject(TestContract.order, fields)
        let template = try TestContract.compile(["main.html": "{% for line in lines %}{{ line.name }}{% else %}no lines{% endfor %}"])
        XCTAssertEqual(template.render(empty, culture: .invariant), "no lines")
        XCTAssertEqual(template.render(TestContract.sample, culture: .invariant), "Queso CabralesSingaporean Hokkien Fried MeeMozzarella di Giovanni")
    }

    func testIfElifElseWithComparisonsAndLogic() throws {
        let template = "{% for line in lines %}{% if line.discountPercent > 10 and not (line.quantity < 1) %}D{% elif line.category == \"Dairy Products\" or paid %}C{% else %}-{% endif %}{% endfor %}"
        XCTAssertEqual(try TestContract.render(template), "CDC")
    }

    func testMoneyNumberPercentAndDateFollowTheCulture() throws {
        let template = "{{ total | money }} {{ date | date(\"long\") }} {{ date | date(\"iso\") }} {% for l in lines %}{{ l.discountPercent | percent }};{% endfor %}"
        XCTAssertEqual(try TestContract.render(template), "$440.00 July 4, 1996 1996-07-04 0.00%;15.00%;0.00%;")
        XCTAssertEqual(try TestContract.render("{{ date | date }} {{ date | date(\"long\") }}", culture: "sv-SE"), "1996-07-04 4 juli 1996")
        XCTAssertEqual(try TestContract.render("{{ date | date }} {{ date | date(\"long\") }}", culture: "de-DE"), "04.07.1996 4. Juli 1996")
    }

    func testPlainAndCurrencyFiltersGiveXMLReadyValues() throws {
        XCTAssertEqual(try TestContract.render("<a c=\"{{ total | currency }}\">{{ total | plain }}</a>"), "<a c=\"USD\">440.00</a>")
    }

    func testTheUnitOptionPrintsAUnitPriceWithEveryDecimalItCarriesAndAtLeastTheMinorUnit() throws {
        var named: [String: TemplateValue] = [:]
        for field in TestContract.order.fields { named[field.name] = TestContract.sample[field.name] }
        named["lines"] = .list([
            TestContract.line("Precise", "A", quantity: "3", price: "1234.567", rank: 1),
            TestContract.line("Whole", "A", quantity: "1", price: "12", rank: 2),
            TestContract.line("Trailing zeros", "A", quantity: "1", price: "9.5000", rank: 3),
        ])
        let template = try TestContract.compile(["main.html": "{% for l in lines %}[{{ l.price | money(\"unit\") }}|{{ l.price | plain(\"unit\") }}|{{ l.price | money }}]{% endfor %}"])
        XCTAssertEqual(template.render(TemplateObject(TestContract.order, named), culture: Culture.named("en-US")!),
                       "[$1,234.567|1234.567|$1,234.57][$12.00|12.00|$12.00][$9.50|9.50|$9.50]")
        let yen = try TestContract.compile(["main.html": "{{ total | money(\"unit\") }} {{ total | plain(\"unit\") }} {{ total | plain }}"])
        named["total"] = .money(ExactDecimal("1234.5")!, Currency(code: "JPY")!)
        XCTAssertEqual(yen.render(TemplateObject(TestContract.order, named), culture: .invariant), "1234.5 JPY 1234.5 1235")
    }

    func testGroupByGroupsSortedWithCountsAndExactSums() throws {
        let template = "{% for group in lines | groupby(\"category\") %}{{ group.groupField }}: {{ group.count }} = {{ group.items | sum(\"price\") | plain }};{% endfor %}"
        XCTAssertEqual(try TestContract.render(template), "Dairy Products: 2 = 342.00;Grains/Cereals: 1 = 98.00;")
    }

    func testASumPastTheExactDecimalRangeIsAbsentAndPlainWritesAnyAmount() throws {
        let largest = ExactDecimal.maximumSignificand.description
        var named: [String: TemplateValue] = [:]
        for field in TestContract.order.fields { named[field.name] = TestContract.sample[field.name] }
        named["lines"] = .list([
            TestContract.line("Huge", "A", quantity: "1", price: largest, rank: 1),
            TestContract.line("One", "A", quantity: "1", price: "1", rank: 2),
        ])
        let template = try TestContract.compile(["main.html": "[{{ lines | sum(\"price\") | plain }}]{% for l in lines %}[{{ l.price | plain }}]{% endfor %}"])
        XCTAssertEqual(template.render(TemplateObject(TestContract.order, named), culture: .invariant), "[][\(largest).00][1.00]")
    }

    func testSortByIsStableAndCanDescend() throws {
        XCTAssertEqual(try TestContract.render("{% for l in lines | sortby(\"category\", \"desc\") %}{{ l.rank }}{% endfor %}"), "213")
        XCTAssertEqual(try TestContract.render("{% for l in lines | sortby(\"category\") %}{{ l.rank }}{% endfor %}"), "132")
    }

    func testDefaultJoinUpperAndAbsentValues() throws {
        XCTAssertEqual(try TestContract.render("[{{ customer.email }}][{{ customer.email | default(\"none\") }}][{{ notes | join(\" + \") | upper }}][{{ contact.name }}]"), "[][none][FRAGILE + BY AIR][]")
    }

    func testIncludesShareTheScope() throws {
        let template = try TestContract.compile([
            "main.html": "{% for line in lines %}{% include \"line.html\" %}{% endfor %}",
            "line.html": "<li>{{ line.name }}</li>",
        ])
        XCTAssertEqual(template.render(TestContract.sample, culture: .invariant), "<li>Queso Cabrales</li><li>Singaporean Hokkien Fried Mee</li><li>Mozzarella di Giovanni</li>")
        XCTAssertEqual(Set(template.sources.keys), ["main.html", "line.html"])
    }

    func testLayoutsWithBlocks() throws {
        let template = try TestContract.compile([
            "layout.html": "<h1>{% block title %}Default{% endblock %}</h1><main>{% block body %}{% endblock %}</main>",
            "main.html": "{% extends \"layout.html\" %}\n{% block body %}Order {{ number }}{% endblock %}",
        ])
        XCTAssertEqual(template.render(TestContract.sample, culture: .invariant), "<h1>Default</h1><main>Order 10248</main>")
    }

    func testCultureDirectiveWinsOverTheCultureAskedFor() throws {
        let template = try TestContract.compile(["main.html": "{% culture \"de-DE\" %}{{ total | money }}"])
        XCTAssertEqual(template.culture?.identifier, "de-DE")
        XCTAssertEqual(template.render(TestContract.sample, culture: Culture.named("en-US")!), Culture.named("de-DE")!.formatMoney(ExactDecimal("440.00")!, currency: .usd))
    }

    func testWhitespaceControlAndComments() throws {
        XCTAssertEqual(try TestContract.render("a  {#- a comment -#}  b\n  {%- if paid -%}\n  c\n  {%- endif %}"), "abc")
        XCTAssertEqual(try TestContract.render("x {{- number -}} y"), "x10248y")
    }

    func testRawBlocksPrintTemplateSyntaxLiterally() throws {
        XCTAssertEqual(try TestContract.render("{% raw %}{{ not.parsed }} {% if %}{% endraw %}!"), "{{ not.parsed }} {% if %}!")
    }

    func testSameInputGivesTheSameBytes() throws {
        let template = try TestContract.compile(["main.html": "{% for l in lines | groupby(\"category\") %}{{ l.groupField }}{% endfor %}{{ total | money }}"])
        let first = template.renderBytes(TestContract.sample, culture: .invariant)
        for _ in 0..<10 { XCTAssertEqual(template.renderBytes(TestContract.sample, culture: .invariant), first) }
    }
}
