import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import TemplateEngine
import XCTest

@testable import QuoteDocuments

/// The standard HTML documents of `Templates/`, rendered through the real renderer from a quote
/// built through the store: they compile, parse as XML, print exactly the stored figures (read
/// back through their data-figure markers), escape what the data holds, speak Swedish when asked,
/// and come out the same byte for byte every time.
final class HTMLTemplateTests: XCTestCase {
    /// The repository's `Templates/` folder.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static let hostileName = "<script>alert(1)</script> & \"quotes\""
    static let issueDate = LocalDate(year: 2026, month: 3, day: 2)!
    static let ublNamespaces = [
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ]

    func library() throws -> TemplateLibrary {
        try TemplateLibrary(folder: Self.templatesFolder)
    }

    // MARK: Compiling

    func testTheStandardTemplatesCompileWithoutDiagnostics() throws {
        let library = try library()
        for name in ["proposal.html", "order-confirmation.html", "proposal.xml", "order-confirmation.xml", DocumentRenderer.peppolConfirmationTemplate] {
            let diagnostics = library.check(name)
            XCTAssertEqual(diagnostics, [], "\(name):\n" + diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    func testEveryLabelHasASwedishTranslation() throws {
        func labels(_ language: String) throws -> [String: String] {
            let url = Self.templatesFolder.appendingPathComponent("labels/\(language).json")
            return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        let english = try labels("en")
        let swedish = try labels("sv")
        XCTAssertEqual(Set(swedish.keys), Set(english.keys), "en.json and sv.json must have the same keys")
        for (key, text) in english.merging(swedish.mapKeys { "sv." + $0 }, uniquingKeysWith: { a, _ in a }) {
            XCTAssertFalse(text.trimmingCharacters(in: .whitespaces).isEmpty, "label \(key) is empty")
        }
    }

    // MARK: Figures

    func testProposalPrintsEveryStoredFigureOfEveryAlternative() throws {
        let fixture = try HTMLDocumentFixture()
        let html = try fixture.render(.proposal, alternatives: .all)
        let document = try XMLDocument(text: html, fileName: "proposal.html")
        let culture = Culture.named("en-US")!
        let alternatives = fixture.source.detail.version.alternatives
        XCTAssertEqual(try document.strings("//*[@data-alternative]/@data-alternative"), ["Standard", "Premium"])

        for entry in alternatives {
            let alternative = entry.alternative
            func figure(_ name: String) throws -> [String] {
                try document.strings("//*[@data-alternative='\(alternative.name)']//*[@data-figure='\(name)']")
            }
            func money(_ amount: ExactDecimal) -> String { culture.formatMoney(amount, currency: .usd) }
            XCTAssertEqual(try figure("subTotal"), [money(alternative.subTotal)], alternative.name)
            XCTAssertEqual(try figure("totalPrice"), [money(alternative.totalPrice)], alternative.name)
            XCTAssertEqual(try figure("vatAmount"), [money(alternative.vatAmount)], alternative.name)
            XCTAssertEqual(try figure("totalPriceIncVAT"), [money(try alternative.totalPriceIncVAT)], alternative.name)
            XCTAssertEqual(try figure("discountAmount"), alternative.discountAmount > .zero ? [money(alternative.discountAmount)] : [], alternative.name)
            XCTAssertEqual(try figure("lineTotal").sorted(), entry.lines.map { money($0.totalPrice) }.sorted(), alternative.name)

            // The line amounts add up to the printed subtotal.
            let lineSum = try figure("lineTotal").map { try XCTUnwrap(Self.parseUSD($0), $0) }.reduce(ExactDecimal.zero, +)
            XCTAssertEqual(lineSum, alternative.subTotal, alternative.name)
            XCTAssertEqual(try figure("subTotal").first.flatMap(Self.parseUSD), lineSum, alternative.name)
        }

        // The fixture exercises what the totals can show: an alternative discount and several VAT rates.
        let premium = try XCTUnwrap(alternatives.first { $0.alternative.name == "Premium" }).alternative
        XCTAssertGreaterThan(premium.discountAmount, .zero)
        XCTAssertEqual(try document.strings("//*[@data-alternative='Standard']//*[@data-figure='vatRateAmount']/@data-vat-percent"), ["0", "12", "25"])
    }

    func testOnlyTheFavouriteWhenAskedAndNoFavouriteMark() throws {
        let fixture = try HTMLDocumentFixture()
        let html = try fixture.render(.proposal, alternatives: .favourite)
        let document = try XMLDocument(text: html, fileName: "proposal.html")
        XCTAssertEqual(try document.strings("//*[@data-alternative]/@data-alternative"), ["Standard"])
        XCTAssertEqual(try document.strings("//*[@class='badge']"), [])
        XCTAssertEqual(try document.strings("//*[@data-figure='totalPrice']"),
                       [Culture.named("en-US")!.formatMoney(fixture.alternative("Standard").totalPrice, currency: .usd)])

        let all = try XMLDocument(text: try fixture.render(.proposal, alternatives: .all), fileName: "proposal.html")
        XCTAssertEqual(try all.strings("//*[@data-alternative='Standard']//*[@class='badge']"), ["Recommended"])
        XCTAssertEqual(try all.strings("//*[@data-alternative='Premium']//*[@class='badge']"), [])
    }

    func testConfirmationShowsTheAcceptedAlternativeAndTheOrder() throws {
        let fixture = try HTMLDocumentFixture()
        let html = try fixture.render(.orderConfirmation, ordered: "Premium")
        let document = try XMLDocument(text: html, fileName: "order-confirmation.html")
        let culture = Culture.named("en-US")!
        let premium = fixture.alternative("Premium")
        XCTAssertEqual(try document.strings("//*[@data-alternative]/@data-alternative"), ["Premium"])
        XCTAssertEqual(try document.strings("//*[@data-alternative='Premium']//*[@data-figure='totalPriceIncVAT']"),
                       [culture.formatMoney(try premium.totalPriceIncVAT, currency: .usd)])
        XCTAssertEqual(try document.strings("//*[@data-alternative='Premium']//*[@data-figure='discountAmount']"),
                       [culture.formatMoney(premium.discountAmount, currency: .usd)])
        XCTAssertEqual(try document.strings("//h1"), ["Order confirmation"])
        XCTAssertEqual(try document.xpath("//tr[th='Order number']/td").string, "Q1")
        XCTAssertEqual(try document.xpath("//tr[th='Your PO number']/td").string, "PO-4711")
        XCTAssertEqual(try document.xpath("//tr[th='Order date']/td").string, "March 5, 2026")
        XCTAssertTrue(html.contains("Please deliver before noon."))
        XCTAssertTrue(html.contains("Thank you for your order."))
        XCTAssertEqual(try document.strings("//*[contains(@class, 'invoice')]/h3"), ["Invoice address"])
    }

    // MARK: Escaping

    func testAProductNameIsEscapedInTheHTMLAndTheXML() throws {
        let fixture = try HTMLDocumentFixture()
        let documents = try fixture.renderer.render(
            fixture.source.detail, ownCompany: fixture.source.ownCompany, images: fixture.source.images,
            options: DocumentOptions(kind: .proposal, alternatives: .all, culture: "en-US", issueDate: Self.issueDate),
            formats: [.html, .xml])
        let html = String(decoding: try XCTUnwrap(documents.first { $0.format == .html }).bytes, as: UTF8.self)
        let xml = String(decoding: try XCTUnwrap(documents.first { $0.format == .xml }).bytes, as: UTF8.self)

        for (name, text) in [("HTML", html), ("XML", xml)] {
            XCTAssertFalse(text.contains("<script"), "\(name) carries a raw <script>")
            XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), name)
        }
        let page = try XMLDocument(text: html, fileName: "proposal.html")
        XCTAssertEqual(try page.xpath("count(//script)").number, 0)
        XCTAssertEqual(try page.strings("//*[@class='product-name'][contains(., 'alert')]"), [Self.hostileName, Self.hostileName])
        let ubl = try XMLDocument(text: xml, fileName: "proposal.xml")
        let names = try ubl.strings("//cac:Item/cbc:Name", namespaces: Self.ublNamespaces)
        XCTAssertTrue(names.contains(Self.hostileName), "\(names)")
    }

    func testAProductImageIsADataURIWithTheProductNameAsAlt() throws {
        let fixture = try HTMLDocumentFixture()
        let document = try XMLDocument(text: try fixture.render(.proposal, alternatives: .favourite), fileName: "proposal.html")
        XCTAssertEqual(try document.strings("//img/@alt"), ["Widget"])
        let source = try XCTUnwrap(try document.strings("//img/@src").first)
        XCTAssertEqual(source, "data:image/png;base64," + Data(HTMLDocumentFixture.png).base64EncodedString())
    }

    // MARK: Language and people

    func testSwedishLabelsAndMoney() throws {
        let fixture = try HTMLDocumentFixture()
        let html = try fixture.render(.proposal, alternatives: .all, culture: "sv-SE")
        let document = try XMLDocument(text: html, fileName: "proposal.html")
        let swedish = Culture.named("sv-SE")!
        XCTAssertEqual(try document.strings("/html/@lang"), ["sv"])
        XCTAssertEqual(try document.strings("//h1"), ["Offert"])
        XCTAssertEqual(try document.xpath("//tr[th='Offertnummer']/td").string, "Q1-1")
        XCTAssertTrue(html.contains("Tack för ert intresse."))
        XCTAssertTrue(html.contains("Sida \" counter(page) \" av \" counter(pages)"), "the page footer is in Swedish")
        for entry in fixture.source.detail.version.alternatives {
            let alternative = entry.alternative
            XCTAssertEqual(try document.strings("//*[@data-alternative='\(alternative.name)']//*[@data-figure='totalPrice']"),
                           [swedish.formatMoney(alternative.totalPrice, currency: .usd)])
            XCTAssertEqual(try document.strings("//*[@data-alternative='\(alternative.name)']//*[@data-figure='totalPriceIncVAT']"),
                           [swedish.formatMoney(try alternative.totalPriceIncVAT, currency: .usd)])
        }
        XCTAssertEqual(try document.xpath("//tr[th='Giltig till']/td").string, swedish.formatDate(LocalDate(year: 2026, month: 4, day: 1)!, style: .long))
    }

    func testGreetingFallsBackToTheCompanyWithoutAContactPerson() throws {
        let fixture = try HTMLDocumentFixture()
        let withPerson = try fixture.render(.proposal, alternatives: .favourite)
        XCTAssertTrue(withPerson.contains("Dear Erika Lind,"))
        var detail = fixture.source.detail
        detail.person = nil
        let documents = try fixture.renderer.render(
            detail, ownCompany: fixture.source.ownCompany, images: fixture.source.images,
            options: DocumentOptions(kind: .proposal, culture: "en-US", issueDate: Self.issueDate), formats: [.html])
        let html = String(decoding: documents[0].bytes, as: UTF8.self)
        XCTAssertTrue(html.contains("Dear Acme Corp,"))
        XCTAssertFalse(html.contains("Erika"))
        XCTAssertNoThrow(try XMLDocument(text: html, fileName: "proposal.html"))
    }

    // MARK: Determinism

    func testTheSameInputGivesTheSameBytes() throws {
        let fixture = try HTMLDocumentFixture()
        for kind in [DocumentKind.proposal, .orderConfirmation] {
            let first = try fixture.render(kind, alternatives: .all, ordered: "Standard")
            let again = try fixture.render(kind, alternatives: .all, ordered: "Standard")
            let fresh = try HTMLDocumentFixture(renderer: DocumentRenderer(library: try library())).render(kind, alternatives: .all, ordered: "Standard")
            XCTAssertEqual(Array(first.utf8), Array(again.utf8), "\(kind)")
            XCTAssertEqual(Array(first.utf8), Array(fresh.utf8), "\(kind)")
        }
    }

    // MARK: Support

    /// An en-US amount as the money filter writes it ("$1,234.56"), parsed back exactly.
    static func parseUSD(_ text: String) -> ExactDecimal? {
        guard text.hasPrefix("$") else { return nil }
        return ExactDecimal(String(text.dropFirst().filter { $0 != "," }))
    }
}

/// A quote built through the store, in memory: quote Q1 on sale Q1 for Acme Corp (contact Erika
/// Lind), version 1 with alternatives "Standard" (the favourite) and "Premium" (a copy with a 5 %
/// discount on the total). Standard's lines: 3 Widgets (Hardware, VAT 25 %, with a picture), 2
/// Gadgets at 10 % off (Gadgets, no VAT) and one product named like a script (Hardware, VAT 12 %).
struct HTMLDocumentFixture {
    /// A 1×1 PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    let source: DocumentSource
    let renderer: DocumentRenderer

    init(renderer: DocumentRenderer? = nil) throws {
        if let renderer {
            self.renderer = renderer
        } else {
            self.renderer = DocumentRenderer(library: try TemplateLibrary(folder: HTMLTemplateTests.templatesFolder))
        }
        let database = try QuoteDatabase.inMemory()
        try database.setOwnCompany(OwnCompany(
            name: "Northwind Traders",
            address: PostalAddress(street: "507 - 20th Ave. E.", city: "Seattle", region: "WA", postalCode: "98122", country: "USA"),
            phone: "(206) 555-9857", email: "sales@northwind.example", website: "northwind.example", vatNumber: "US-123"))
        let owner = try database.add(Associate(userName: "ann", name: "Ann Smith", title: "Account Manager", email: "ann@northwind.example"))
        let acme = try database.add(
            Company(code: "ACME", name: "Acme Corp", address: PostalAddress(street: "1 Main St", city: "Springfield", postalCode: "12345", country: "USA")),
            contact: Person(companyId: 0, firstName: "Erika", lastName: "Lind", title: "Buyer", email: "erika@acme.example"))
        let list = try database.add(PriceList(name: "Main", currency: .usd))
        let widget = try database.add(Product(
            priceListId: list.id!, code: "W1", name: "Widget", quantityUnit: "pcs", productCategory: "Hardware",
            vatPercent: 25, unitCost: 10, unitListPrice: 13, image: ProductImage(mediaType: "image/png", bytes: Self.png)))
        let gadget = try database.add(Product(
            priceListId: list.id!, code: "G1", name: "Gadget", productCategory: "Gadgets", unitCost: 20, unitListPrice: 50))
        let hostile = try database.add(Product(
            priceListId: list.id!, code: "X1", name: HTMLTemplateTests.hostileName, description: "Handle <with> care & \"love\"",
            productCategory: "Hardware", vatPercent: 12, unitListPrice: ExactDecimal("19.99")!))
        let saleType = try database.add(SaleType(name: "Projects", allowsAlternatives: true))
        try database.add(Sale(
            number: "Q1", title: "Widgets for Acme", ownerId: owner.id!, companyId: acme.company.id!, personId: acme.people.first?.id,
            saleTypeId: saleType.id!, currency: .usd, date: LocalDate(year: 2026, month: 3, day: 1)!))
        let workflow = QuoteWorkflow(storage: database)
        let acting = QuoteWorkflow.Acting(today: HTMLTemplateTests.issueDate, now: Date())
        _ = try workflow.createQuote(saleNumber: "Q1", acting: acting)
        try workflow.edit(quoteNumber: "Q1", acting: acting) { version, _ in
            version.version.expirationDate = LocalDate(year: 2026, month: 4, day: 1)!
            version.version.paymentTerms = "30 days net"
            version.version.deliveryTerms = "FCA Seattle"
            version.version.deliveryType = "United Package"
            version.appendLine(QuoteLine(copying: widget, alternativeId: 0, rank: 0, quantity: 3), to: 0)
            var gadgets = QuoteLine(copying: gadget, alternativeId: 0, rank: 0, quantity: 2)
            gadgets.discountPercent = 10
            gadgets.valueOverride = .discountPercent
            version.appendLine(gadgets, to: 0)
            version.appendLine(QuoteLine(copying: hostile, alternativeId: 0, rank: 0, quantity: 1), to: 0)
        }
        try workflow.edit(quoteNumber: "Q1", acting: acting) { version, _ in
            try version.copyAlternative(0, as: "Premium", allowed: true)
            version.alternatives[1].alternative.valueOverride = .discountPercent
            version.alternatives[1].alternative.discountPercent = 5
        }
        source = try database.documentSource(quoteNumber: "Q1")
    }

    /// The stored header of alternative `name`.
    func alternative(_ name: String) -> QuoteAlternative {
        source.detail.version.alternatives.first { $0.alternative.name == name }!.alternative
    }

    /// The HTML of a document; for a confirmation, the order is placed on alternative `ordered`.
    func render(_ kind: DocumentKind, alternatives: AlternativeSelection = .favourite, culture: String = "en-US", ordered: String = "Premium") throws -> String {
        var detail = source.detail
        if kind == .orderConfirmation {
            detail.quote.acceptedAlternativeId = alternative(ordered).id
            detail.quote.orderDate = LocalDate(year: 2026, month: 3, day: 5)!
            detail.quote.poNumber = "PO-4711"
            detail.quote.orderComment = "Please deliver before noon."
        }
        let documents = try renderer.render(
            detail, ownCompany: source.ownCompany, images: source.images,
            options: DocumentOptions(kind: kind, alternatives: alternatives, culture: culture, issueDate: HTMLTemplateTests.issueDate),
            formats: [.html])
        XCTAssertEqual(documents.count, 1)
        return String(decoding: documents[0].bytes, as: UTF8.self)
    }
}

extension Dictionary {
    fileprivate func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
