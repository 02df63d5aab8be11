import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface
import QuoteStore
import TemplateEngine

/// Rendering the standard proposal for a version of 2 alternatives × 25 lines, with HTML-special
/// characters in the customer, product and description fields.
enum RenderBenchmark {
    static let templates = URL(fileURLWithPath: "Templates", isDirectory: true)

    /// A priced, validated quote of 2 alternatives × 25 lines, as the store would load it.
    static func sampleDetail() throws -> QuoteDetail {
        var generator = SyntheticQuote(seed: 2026)
        var tree = try generator.version(alternatives: 2, lines: 25)
        let calculator = PriceCalculator(currency: .usd, policy: .perLine)
        for index in tree.alternatives.indices {
            for lineIndex in tree.alternatives[index].lines.indices {
                tree.alternatives[index].lines[lineIndex].name = "Product \(lineIndex + 1) <b>& \"Sons\"</b>"
                tree.alternatives[index].lines[lineIndex].description = "Description with <tags> & 'quotes'"
            }
            tree.alternatives[index] = try calculator.price(tree.alternatives[index]).alternative
        }
        let today = LocalDate(year: 2026, month: 11, day: 26)!
        tree.version.expirationDate = today.adding(days: 30)
        let company = Company(id: 1, code: "ACME", name: "Acme & <Sons> \"Ltd\"", address: PostalAddress(street: "1 Main St", city: "Springfield", postalCode: "12345", country: "USA"))
        return QuoteDetail(
            quote: Quote(id: 1, saleId: 1, number: "B-1"),
            sale: Sale(id: 1, number: "B-1", title: "Benchmark & <sale>", ownerId: 1, companyId: 1, saleTypeId: 1, currency: .usd, date: today),
            company: company,
            person: Person(id: 1, companyId: 1, firstName: "Ann", lastName: "O'Brien", email: "ann@acme.example"),
            owner: Associate(id: 1, userName: "bench", name: "Bench Mark", title: "Sales", email: "bench@example.com"),
            saleType: SaleType(id: 1, name: "Standard"),
            versions: [.init(rank: 1, state: .draft)],
            version: tree)
    }

    static func run() throws {
        let library = try TemplateLibrary(folder: templates)
        let renderer = DocumentRenderer(library: library)
        let detail = try sampleDetail()
        let owner = OwnCompany(name: "Northwind Traders", address: PostalAddress(street: "507 - 20th Ave. E.", city: "Seattle", country: "USA"))
        let options = DocumentOptions(kind: .proposal, alternatives: .all, issueDate: LocalDate(year: 2026, month: 11, day: 26)!)
        let culture = Culture.named("en-US")!
        let builder = DocumentContextBuilder(contract: library.contract)
        let labels = try library.labels(for: culture)
        let html = try library.template("proposal.html", culture: culture)
        let xml = try library.template("proposal.xml", culture: culture)
        let context = try builder.context(for: detail, ownCompany: owner, options: options, culture: culture, labels: labels)
        let size = html.renderBytes(context, culture: culture).count

        print("Rendering the standard proposal, 2 alternatives × 25 lines (\(size / 1024) KB of HTML; one core)")
        let measurements = try [
            Measurement("  engine: proposal.html from a built context") { _ = html.renderBytes(context, culture: culture) },
            Measurement("  context + proposal.html") {
                _ = html.renderBytes(try builder.context(for: detail, ownCompany: owner, options: options, culture: culture, labels: labels), culture: culture)
            },
            Measurement("  engine: proposal.xml from a built context") { _ = xml.renderBytes(context, culture: .invariant) },
            Measurement("  full: context, HTML + UBL XML, XSD check, SHA-256") {
                _ = try renderer.render(detail, ownCompany: owner, images: [:], options: options, formats: [.html, .xml])
            },
        ]
        for measurement in measurements {
            print("\(measurement.line), \(measurement.perSecond) docs/s")
        }
    }

    /// Renders the proposal HTML `count` times from a built context, untimed: run under valgrind
    /// with two counts to get the allocations of one render.
    static func count(_ count: Int) throws {
        let library = try TemplateLibrary(folder: templates)
        let culture = Culture.named("en-US")!
        let html = try library.template("proposal.html", culture: culture)
        let context = try DocumentContextBuilder(contract: library.contract).context(
            for: try sampleDetail(), ownCompany: OwnCompany(name: "Northwind Traders"),
            options: DocumentOptions(kind: .proposal, alternatives: .all, issueDate: LocalDate(year: 2026, month: 11, day: 26)!),
            culture: culture, labels: try library.labels(for: culture))
        var bytes = 0
        for _ in 0..<count { bytes += html.renderBytes(context, culture: culture).count }
        print("rendered \(count) × proposal.html, \(bytes) bytes")
    }
}
